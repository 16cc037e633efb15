### The walkthrough, the plan page, saving and loading files, notices.

title-questions = Questions
title-review = Still to answer
title-results = Your results
title-plan = Your action plan
title-about = How the CheckUp works
start-over = Start over
started-over = You are starting over. You can still bring back your previous answers.
packs-failed = The questions could not be loaded. Check your connection and reload the page.
pack-missing = The question pack { $file } could not be loaded and is skipped.
setup-problems = For the owner of this site: problems in the set-up
section-of = section { $n } of { $count }
sections-label = Sections
step-count = { $answered }/{ $total }
progress-label = Progress
why-this-matters = Why does this matter?
optional = Optional.
back = Back
next = Next
to-review = Go to the overview
section-not-asked = This section does not apply to your organisation.
back-to-start = Back to the start
review-intro = These questions are not answered yet. Select a question to answer it.
review-all-done = Every question is answered. Well done!
see-results = See your results
see-results-anyway = See the results anyway
results-incomplete = Not every question is answered yet: these results are provisional.
see-plan = See your action plan
plan-intro = The most important actions come first. Note who does what and by when: everything is saved in your browser at once.
plan-count = { $shown } of { $total ->
        [one] { $total } action
       *[other] { $total } actions
    }
filters = Filters
no-owner = Nobody yet
all = All
print = Print
download-pdf = Download the PDF report
pdf-loading = Loading the PDF module…
pdf-working = Laying out your report…
pdf-saved = The PDF report has been downloaded.
pdf-failed = The PDF could not be made. Try again, or print the page.
save-as-file = Save as file
open-file = Open a saved file
save-csv = Action plan as spreadsheet (CSV)
download-failed = The file could not be saved.
confirm-replace = This file replaces your current answers. Your current work is kept: you can bring it back afterwards.
replace = Replace
cancel = Cancel
imported = File loaded: { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    }.
import-set-aside = { $count ->
        [one] { $count } answer to a question that no longer exists was set aside
       *[other] { $count } answers to questions that no longer exist were set aside
    }: { $ids }.
undo = Undo
restored = Your previous answers are back.
update-ready = A new version of the CheckUp is ready. Reload to use it; your answers are kept.
reload = Reload
other-tab = Your answers were updated with changes made in another tab.
export-reminder = Your answers live only in this browser, which can erase them. Save a file now to keep them safe.
dismiss = Close
storage-blocked = Your browser does not let this page save anything. You can carry on, but save your answers as a file before you close the page.
storage-full = Your browser's storage is full: your latest changes were not saved. Save your answers as a file.
storage-corrupt = Your answers could not be saved. Save them as a file.
storage-recovered = The data saved in this browser was damaged. We restored what could still be read; please check your answers. A copy of the damaged data was kept.
footer-disclaimer = Independent self-assessment. Not an audit or certification; not endorsed by the CCB or the Belgian Data Protection Authority.
footer-about = How we score, sources and privacy
your-data = Your data
your-data-intro = Your answers live only in this browser. The browser can erase them (for example when browsing data is cleared), so save a file now and then.
history-title = Progress over time
history-intro = Finished a round? Save it as a baseline. In a later round you see, per section, what changed and which actions were completed since.
baseline-name = Name (optional)
save-baseline = Save as baseline
baseline-saved = Baseline saved.
clear-title = Clear all data
clear-intro = Erases all your answers, your plan and your baselines from this browser. Save a file first if you want to keep them.
clear-button = Clear all data
confirm-clear = Are you sure? { $answers ->
        [0] Your plan and your baselines will be erased from this browser.
        [one] { $answers } answer, your plan and your baselines will be erased from this browser.
       *[other] { $answers } answers, your plan and your baselines will be erased from this browser.
    }
cleared = Everything has been erased from this browser.
import-too-large = This file is too large ({ $size } MB) to be a CheckUp file. Choose the file you saved from the CheckUp.
import-not-json = This file is damaged or incomplete (error at line { $line }, column { $column }). Your current answers are unchanged.
import-not-assessment = This is not a CheckUp file. Choose a file you made with "Save as file".
import-future = This file comes from a newer version of the CheckUp (format { $version }). Open it in the latest version.
import-invalid = This CheckUp file holds invalid data and cannot be loaded ({ $detail }). Your current answers are unchanged.
