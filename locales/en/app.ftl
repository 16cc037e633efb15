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
plan-intro = Your actions in the order to do them: this week, this month, this quarter, later. Open an action for its steps, or to note who does it and by when. Everything is saved in this browser.
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
confirm-replace = This file ({ $file }) replaces your current work ({ $current }). Your current work is kept: you can bring it back afterwards, also after reloading the page.
replace = Replace
cancel = Cancel
imported = File loaded ({ $what }).
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
backup-not-kept = Your previous work could not be kept in this browser's storage: "Undo" brings it back only until you close this page. Save it as a file in case you need it.
save-replaced-work = Save the previous work as a file
damaged-held = The data saved in this browser was damaged, and no copy of it could be kept aside. We show what could still be read; please check your answers. The damaged data stays as it is: nothing is saved over it until you save it as a file or choose to go on without it.
save-damaged-copy = Save the damaged data as a file
go-on-without-damaged = Go on and save my answers over it
footer-disclaimer = Independent self-assessment. Not an audit or certification; not endorsed by the CCB or the Belgian Data Protection Authority.
footer-about = How we score, sources and privacy
your-data = Your data
your-data-intro = Your answers live only in this browser. The browser can erase them (for example when browsing data is cleared), so save a file now and then.
history-title = Progress over time
history-intro = Finished? Keep today's results. When you do the CheckUp again later, you see per section what changed and which actions were completed since.
baseline-name = Name for this round (optional, for example “Spring 2026”)
save-baseline = Keep today's results to compare later
baseline-saved = Today's results are kept for a later comparison.
clear-title = Clear all data
clear-intro = Erases all your answers, your plan and your baselines from this browser. Save a file first if you want to keep them.
clear-button = Clear all data
confirm-clear = Are you sure? { $answers ->
        [0] Your plan and your baselines will be erased from this browser.
        [one] { $answers } answer, your plan and your baselines will be erased from this browser.
       *[other] { $answers } answers, your plan and your baselines will be erased from this browser.
    }
cleared = Everything has been erased from this browser.
import-too-large = This file is too large ({ $size } MB) to be a CheckUp file: the CheckUp opens files of up to { $max } MB. Choose the file you saved from the CheckUp.
import-empty = This file is empty: a save or download may have been cut off. Your current answers are unchanged. Choose another file, for example an earlier save.
import-not-json = This file is damaged or incomplete (error at line { $line }, column { $column }). Your current answers are unchanged.
import-not-assessment = This is not a CheckUp file. Choose a file you made with "Save as file".
import-future = This file comes from a newer version of the CheckUp (format { $version }). Open it in the latest version.
import-invalid = This CheckUp file holds invalid data and cannot be loaded ({ $detail }). Your current answers are unchanged.
confirm-replace-empty = This file is empty: it holds no answers, no plan and no baselines. Opening it replaces your current work ({ $current }) with an empty CheckUp. Your current work is kept: you can bring it back afterwards.
confirm-replace-unkept = This file ({ $file }) replaces your current work ({ $current }). This browser cannot keep your current work: "Undo" brings it back only until you close this page. Save it as a file first in case you need it.
confirm-replace-empty-unkept = This file is empty: it holds no answers, no plan and no baselines. Opening it replaces your current work ({ $current }) with an empty CheckUp. This browser cannot keep your current work: "Undo" brings it back only until you close this page. Save it as a file first in case you need it.
count-answers = answers: { $n }
count-plan = actions with your notes: { $n }
count-baselines = baselines: { $n }
backup-kept = The work you replaced by opening a file or starting over is still kept ({ $what }). You can bring it back.
keep-new-work = Keep the new answers
cleared-elsewhere = All data was cleared in another tab. This page now shows an empty CheckUp too and writes nothing back.
newer-format = The data in this browser was saved by a newer version of the CheckUp (format { $version }).
newer-packs = These answers belong to newer questions than this version of the CheckUp has: { $packs }.
newer-not-written = This version shows them but saves no changes, so that nothing of the newer version is lost. Reload the page to get the new version, or save a copy as a file.
save-copy = Save a copy
newer-go-on-text = If no newer version of the CheckUp is available to you, go on in this one: it keeps the answers to questions it does not know aside in your data, so that a newer version gets them back. Save a copy first to keep the data exactly as it is.
newer-go-on = Go on in this version
newer-adopted = You go on in this version. Answers to questions it does not know are kept aside.
frame-restricted = The CheckUp runs here in a frame that does not allow everything:
frame-no-storage = your answers are not kept in this browser: save them as a file before you close the page;
frame-no-offline = the CheckUp does not work here without an internet connection;
frame-no-downloads = saving files (file, spreadsheet, PDF) is usually blocked here.
frame-own-tab = Open the CheckUp in a tab of its own to use everything:
frame-partitioned = The CheckUp is shown here on another website's page. Your browser keeps the answers you give here for that website only: if you open the CheckUp directly, you will not see them. Save a file to take them along.
download-may-be-blocked = The CheckUp runs here in a frame that usually blocks downloads. If no file appeared, the download did not happen: open the CheckUp in a tab of its own to save files ({ $url }).
export-too-large = This file will be { $size } MB, more than the CheckUp can open again (at most { $max } MB). Remove long notes or old baselines first, or save it anyway.
save-anyway = Save anyway
pdf-retry = Try again
pdf-module-failed = The PDF module could not be loaded or stopped working. Check your internet connection and try again, or print the page.
pdf-may-be-blocked = The PDF report is ready, but this frame usually blocks downloads: if no file appeared, open the CheckUp in a tab of its own.
boot-failed = The CheckUp could not start here: the page around it, or the network, blocked some of its files. Open the CheckUp in a tab of its own:
import-no-version = This CheckUp file names no version (the field "version" is missing), so it cannot be read safely. Files the CheckUp saves have "version": 1. Your current answers are unchanged.
import-bad-version = The version of this CheckUp file must be a number, such as 1, but it is { $found }. Your current answers are unchanged.
asked-again-split = Asked again, because the question was split or changed: { $questions }.
asked-again-choices = Asked again, because the answer choices changed: { $questions }.
asked-again-not-an-option = Asked again, because the earlier answer is no longer one of the choices: { $questions }.
kept-aside-removed = Answers kept aside because this version no longer asks their question (they stay in your data and in saved files): { $count }.
answers-back = Answers kept aside earlier fit again and are back: { $questions }.
pack-version-here = { $pack } { $file } (this version: { $ours })
newer-questions = This data comes from a newer version of the questions than this CheckUp has: { $packs }. Answers to questions this version does not know are kept aside, not lost.
unreadable-pack-version = The file names a version of the questions this CheckUp cannot read ({ $packs }); the answers were checked against the questions of this version.
unknown-fields-kept = The file has fields this version does not know; they are kept unchanged: { $fields }.
import-bad-dates = Due dates that do not exist are now in their action's note: { $dates }.
due-kept-in-note = Due date from the file, which does not exist: { $date }
date-format = "{ $text }" is not a date. Write a date as YYYY-MM-DD, for example 2026-12-31.
date-no-such-month = { $date } does not exist: the month must be between 01 and 12.
date-no-such-day = { $date } does not exist: { $month } has { $days } days.
date-incomplete = This date does not exist or is incomplete. The previous due date is kept until you choose a date that exists.
date-incomplete-none = This date does not exist or is incomplete: it is not saved. Choose a date that exists.
date-not-saved = The previous due date is kept until you choose a date that exists.

### The results and plan pages: horizons, delegation, downloads.

filter-role = Role
filter-person = Person in charge
assign-all = Give all to one person
assign-name = Name of the person
assign-do = Assign
assigned = { $count ->
        [one] { $count } action is now with { $name }.
       *[other] { $count } actions are now with { $name }.
    }
only-selection = Only the actions shown ({ $count ->
        [one] { $count } action
       *[other] { $count } actions
    })
download-pdf-full = Full report (PDF)
download-ask = Download the questions (text file)
download-ask-note = A plain text file: attach it to an e-mail, or copy it into one.
ask-none = There is nothing to ask: you answered no question with “don't know”.
show-steps = Steps and details
plan-it = Plan it: who, when, status
save-file-note = Keep this file: you can open it here later and carry on where you left off.
week-empty = Nothing is planned for this week: start with this month's actions in your plan.
scores-title = Your scores
more-details = More about this
more-downloads = Full report, save, print
and-more = and { $count } more
