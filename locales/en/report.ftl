### The report: results page, plan page, PDF and CSV.

report-title = CheckUp: privacy and cyber security
report-subtitle = Your results and your personal action plan
your-organisation = Your organisation
progress-line = { $answered } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } answered
not-answered = Not answered
not-scored-yet = No score yet
reason-line = { $question } Your answer: { $answer }.
ref-gdpr = Art. { $article } GDPR
ref-cyfun = CyFun® { $id }
# A date in words: { $day } 1-31, { $month } 1-12, { $year }.
long-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
month-year = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
compare-title = Progress since { $date }
compare-title-named = Progress since { $date } ({ $label })
l-then = Then
l-now = Now
l-change = Change
l-completed-since = Completed since then
l-rounds = Overall score by round
l-summary = Summary
l-overall = Overall score
l-scores = Scores by section
l-section = Section
l-score = Score
l-level = Level
l-answered = Answered
l-start-this-week = Start this week
l-action-plan = Action plan
l-priority = Priority
l-action = Action
l-why = Why
l-how = How
l-who = Who
l-effort = Effort
l-cost = Cost
l-owner = Person in charge
l-due = Due
l-overdue = overdue
l-status = Status
l-note = Note
l-because = Because
l-references = Based on
l-findings = Findings by section
l-reading-tips = Reading tips
l-appendix = Appendix: all your answers
l-method = Method, sources and disclaimer
l-page = Page { $page } of { $pages }
l-key-measure = Key measure
l-must-fix = Legal must-fix
l-no-actions = No actions: based on your answers, nothing urgent needs doing.
l-date = Date
l-contents = Contents
l-cyfun = CyberFundamentals BASIC
l-gdpr = GDPR basics
l-nis2 = NIS2
l-nis2-duty = NIS2 duty
l-target = Your target level
who-line = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, about { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } of work
who-owners-part = ({ $assigned } of { $total ->
        [one] { $total } action
       *[other] { $total } actions
    })
l-by-who = Who does what?
priority-high = High
priority-medium = Medium
priority-low = Low
who-owner = Owner or manager
who-it = IT provider
who-accountant = Accountant
who-payroll = Social secretariat
who-legal = Lawyer or privacy adviser
who-all-staff = All staff
effort-hours = A few hours
effort-days = A few days
effort-weeks = Weeks (a project)
effort-phrase = { $effort ->
        [hours] a few hours
        [days] a few days
       *[other] weeks (a project)
    }
cost-free = Free (time only)
cost-low = Under EUR 500
cost-medium = EUR 500 to 5,000
cost-high = Over EUR 5,000
status-todo = To do
status-doing = In progress
status-done = Done
level1 = 1 – Little in place
level2 = 2 – Some in place
level3 = 3 – Partly in place
level4 = 4 – Largely in place
level5 = 5 – Mostly in place
cyfun-reached = All 13 key measures are in place: by the CheckUp's reading, the core of CyberFundamentals BASIC is there.
cyfun-blocked = Not yet at the BASIC level: { $count ->
        [one] { $count } key measure needs work first.
       *[other] { $count } key measures need work first.
    }
cyfun-score-low = Your security score ({ $score }) is below the BASIC threshold of 60.
cyfun-incomplete = Key measures in place so far: { $n } of 13. Answer the remaining security questions to complete the picture.
cyfun-explain = CyberFundamentals is the framework of the Centre for Cybersecurity Belgium (CCB). The CCB requires every key measure of a level to be met. This verdict is the CheckUp's own reading, not a CyFun assessment: a key measure counts as in place only when every question about it gets the top answer (“yes” or “yes, everywhere”). “Nearly everywhere” or “partly” leaves a gap, and a good answer elsewhere does not make up for it.
key-measures-unanswered = { $count ->
        [one] One key measure is not answered yet.
       *[other] { $count } key measures are not answered yet.
    }
gdpr-reached = No legal must-fix items: your GDPR basics are in place.
gdpr-not-met = Some legal duties are not met yet: put them first.
gdpr-incomplete = Answer all GDPR questions to see your legal must-fix items.
gdpr-explain = Some items are not good practice but a legal duty, under the GDPR or a Belgian law that goes with it (for cookies, direct marketing, cameras or sensitive data); each names the provision it rests on. Put them at the top of your list.
must-fix-unanswered = { $count ->
        [one] { $count } legal must-fix item is not answered yet.
       *[other] { $count } legal must-fix items are not answered yet.
    }
gdpr-no-personal-data = You answered that your organisation keeps no personal data, so the questions about your own files were left out.
gdpr-no-personal-data-check = Even a list of customer names or a contact person at a client counts: if you keep something like that, change your answer under “Your data” and those questions come back.
gdpr-nobody-contradicted = { $reason ->
        [staff] You answered that your organisation keeps no data about anyone, but it has 10 or more staff, and their data is personal data, so the questions about your own files are asked anyway.
        [cameras] You answered that your organisation keeps no data about anyone, but your cameras film people, and their images are personal data, so the questions about your own files are asked anyway.
        [sensitive] You answered that your organisation keeps no data about anyone, but you handle sensitive data about people, so the questions about your own files are asked anyway.
        [webshop] You answered that your organisation keeps no data about anyone, but your web shop keeps your customers' names and addresses, so the questions about your own files are asked anyway.
       *[open] You answered that your organisation keeps no data about anyone, but other questions that could point to personal data are still unanswered, so the questions about your own files are asked anyway.
    }
gdpr-in-full = Your answers in the quick CheckUp show no unmet legal duty, but some duties that apply to you are only checked in the full CheckUp.
must-fix-in-full = { $count ->
        [one] One legal duty that applies to you is only checked in the full CheckUp.
       *[other] { $count } legal duties that apply to you are only checked in the full CheckUp.
    }
nis2-essential = Your organisation is likely in scope of NIS2, as an essential entity.
nis2-important = Your organisation is likely in scope of NIS2, as an important entity.
nis2-out = Your organisation is likely out of scope of NIS2.
nis2-unclear = Your answers do not make clear whether NIS2 applies to you.
nis2-at-least-important = Your organisation is likely in scope of NIS2, at least as an important entity; whether as an essential one depends on the answers still open.
nis2-why-regardless = You provide telecom, DNS, top-level domain or trust services: NIS2 covers these whatever the size.
nis2-why-annex-i-large = You work in a sector of high criticality (Annex I) and your organisation is large: 250 or more staff, or both a turnover over EUR 50 million and a balance sheet total over EUR 43 million.
nis2-why-annex-i-medium = You work in a sector of high criticality (Annex I) and your organisation is medium-sized: 50 to 249 staff, or both turnover and balance sheet total over EUR 10 million, without being large.
nis2-why-annex-i-i = You work in another critical sector (Annex II) and your organisation is medium-sized or large.
nis2-why-too-small = Your organisation is small under the EU definition: fewer than 50 staff, and a turnover or a balance sheet total of at most EUR 10 million. At that size NIS2 only covers a few digital services, such as public telecom, trust services and DNS.
nis2-why-no-sector = You do not work in any of the sectors that the NIS2 annexes list.
nis2-why-sector-unknown = Your sector is not known yet. Whether NIS2 applies depends on it.
nis2-why-size-unknown = Your staff numbers, turnover or balance sheet total are not known well enough to tell your size. Ask your accountant.
nis2-why-size-figures = Without { $figures }, your size cannot be determined with certainty. Ask your accountant.
nis2-figures-two = { $first } and { $second }
nis2-figure-staff = your staff numbers
nis2-figure-turnover = your annual turnover
nis2-figure-balance = your balance sheet total
nis2-why-public-body = For public bodies, the Belgian NIS2 law covers the public administration of the federal State and of the Communities and Regions. Local authorities, such as municipalities, public social welfare centres and inter-municipal companies, are covered only when they carry out an activity of the annexes at the required size, or when the CCB designates them. That designation decides: check with the CCB.
nis2-supplier = Note: organisations under NIS2 must also look after the security of their suppliers. The CCB advises them to ask their key suppliers for at least CyberFundamentals BASIC.
nis2-supplier-asked = Your customers already ask about your security: those under NIS2 will likely ask you for CyberFundamentals BASIC, the level this CheckUp measures.
nis2-duties = Under NIS2, the management body must approve the security measures and follow training. You must register with the CCB through Safeonweb@work and report significant incidents: an early warning within 24 hours, a notification within 72 hours and a final report within one month. Your action plan lists these duties.
nis2-not-legal-advice = This is a first indication, not legal advice. Take the CCB's official scope test to be sure.
target-headline = Aim for CyberFundamentals { $level }.
target-headline-likely = Your likely level: CyberFundamentals { $level }.
target-why-nis2 = It is the level that usually goes with your likely NIS2 status. The CCB's CyFun Selection Tool helps you choose the level based on your sector's risks and your organisation's size, and may point to a different one: use it to check. A CyberFundamentals verification or certification gives a presumption of conformity with NIS2.
target-why-micro = For a very small organisation without sensitive data or customer demands, the Small level is a good start. As you grow, aim for BASIC.
target-why-baseline = BASIC is the baseline the CCB recommends to every organisation, and what organisations under NIS2 ask of their suppliers.
target-why-unclear = Until it is clear whether NIS2 applies to you, start with BASIC: every higher level builds on it.
method-scoring-title = How we score
method-scoring1 = Each answered question scores 0 to 100: "yes" 100, "partly" 50, "no" 0. "Don't know" counts as 0, because what you do not know is not in place, and adds a "find out" action to your plan.
method-scoring2 = "Not applicable", questions that do not apply to you and unanswered questions are left out. A section's score is the weighted average of its questions (weights 1 to 5); the overall score is the average of the CheckUps.
method-scoring3 = The BASIC verdict is the CheckUp's own reading, inspired by the CCB's rule that every key measure must be met: each of the 13 key measures counts as in place only when every question about it gets the top answer (or “not applicable” where the question allows it). “Nearly everywhere” and “partly” leave a gap. The security score is shown beside it but does not decide it.
method-scoring4 = The action plan puts key measures and legal must-fix items first, then the actions with the most effect for the least effort. Each action gets a moment: this week (quick wins: high impact, a few hours of work, little cost), this month (open key measures and legal must-fix items), this quarter or later. Each moment holds only as much as an organisation of your size can do; what does not fit moves on, and the plan says why. Legal must-fix items and NIS2 duties always stay within this month, however many there are; so do the key measures once you aim for CyberFundamentals BASIC or higher. For a micro-organisation aiming for Small, BASIC is the next step: its key measures come first, but only as many as it can do.
method-sources-title = Sources
method-sources-gdpr = The GDPR: Regulation (EU) 2016/679, with the Belgian framework law of 30 July 2018, the Camera Act of 21 March 2007 and the rules on cookies and direct marketing. Each question names the articles it rests on.
method-sources-cyfun = CyberFundamentals (CyFun®), 2025 edition, BASIC level: © Centre for Cybersecurity Belgium (CCB). The CheckUp uses only the requirement numbers and asks its own questions in plain words, for non-commercial purposes and with the source named. The CCB has not validated the CheckUp.
method-sources-guides = The actions point to public Belgian help: Safeonweb and Safeonweb@work (CCB), CERT.be, the Belgian Data Protection Authority and the Cyber Security Coalition.
method-privacy-title = Your privacy
method-privacy = The CheckUp runs entirely in your browser. Your answers are not sent anywhere: they stay in your browser and in the files you save yourself.
method-disclaimer-title = Disclaimer
disclaimer = The CheckUp is an independent self-assessment. It is not an audit, a certification or legal advice, and it is not endorsed by the CCB or the Belgian Data Protection Authority. The result depends on your own answers.
ref-law = Art. { $article } { $law }
key-measures-count = Key measures in place: { $n } of 13
cyfun-gaps-basic = BASIC asks for all 13 key measures: the missing ones are listed below.
cyfun-gaps-small = These key measures are the basis of good protection; BASIC, which asks for all 13, is the next step.
cyfun-gaps-higher = BASIC, the first step towards CyberFundamentals { $level }, asks for all 13 key measures.
cyfun-higher-important = The CheckUp measures the BASIC part, the first step. CyberFundamentals IMPORTANT adds requirements against targeted attacks on top. For those, do the CCB's self-assessment.
cyfun-higher-essential = The CheckUp measures the BASIC part, the first step. CyberFundamentals ESSENTIAL adds requirements against targeted and advanced attacks on top. For those, do the CCB's self-assessment.
cyfun-score-info = Your security score is { $score } out of 100. It shows where you stand over all questions, but does not decide BASIC.
measure-in-place = In place
measure-gap = Needs work
measure-unknown = Not answered yet
key-measures-missing = Key measures not yet in place
show-questions = Show the questions
km-id-am082 = Security updates
km-pr-aa011 = Personal accounts and passwords
km-pr-aa032 = MFA for remote access and e-mail
km-pr-aa051 = Access rights managed and reviewed
km-pr-aa052 = Who needs access to what
km-pr-aa053 = Only the access the work needs
km-pr-aa054 = No administrator rights for daily work
km-pr-ds111 = Backups on a separate system
km-pr-ps041 = Logs kept and monitored
km-pr-ir011 = Firewalls installed and maintained
km-pr-ir012 = Network segmentation
km-de-cm012 = Anti-malware installed and updated
km-de-ae031 = Security logs reviewed
nis2-why-essential-any-size = You provide qualified trust services, a top-level domain registry or DNS services for others: NIS2 makes these essential entities, whatever their size (NIS2 Directive, Art. 3).
nis2-why-telecom-medium-or-large = You provide a public electronic communications network or service, and your organisation is at least medium-sized: that makes it an essential entity (NIS2 Directive, Art. 3).
nis2-why-telecom-small = You provide a public electronic communications network or service. NIS2 covers this whatever the size; a small provider is an important entity (NIS2 Directive, Art. 2 and 3).
nis2-why-trust-service = You provide trust services that are not qualified. NIS2 covers these whatever the size; as long as your organisation is not large, it is an important entity (NIS2 Directive, Art. 2 and 3).
nis2-why-special-unknown = You did not say whether you provide telecom, trust or DNS services to others. NIS2 covers those whatever the size.
nis2-why-group = Your organisation is part of a group, or you are not sure. The figures of partner and linked enterprises then count too (Recommendation 2003/361/EC, Annex, Art. 3 and 6), so your own figures are not enough. Give the group's size, or ask your accountant. The CCB takes into account how independent your network and information systems are from the group's (Belgian NIS2 law, Art. 3 §2).
nis2-why-group-size = This indication uses the size of your group, as the EU definition requires.
nis2-why-at-least-important = Whatever the missing answers, your organisation is in scope of NIS2, at least as an important entity.
nis2-pointer-dora = For banks and other financial entities, the DORA Regulation (Regulation (EU) 2022/2554) sets the rules for security and incident reporting. Where it does, the NIS2 rules give way to it (NIS2 Directive, Art. 4).
nis2-pointer-cra = Do you make hardware or software that connects to a device or network and is sold in the EU? Then the Cyber Resilience Act (Regulation (EU) 2024/2847) applies to those products: from 11 September 2026 you must report actively exploited vulnerabilities and severe incidents (Art. 14).
nis2-duties-essential = As an essential entity you also need a regular conformity assessment: a CyberFundamentals or ISO/IEC 27001 certification by an accredited body, or an inspection by the CCB.
method-scoring5 = This is not a CyFun assessment. In the CCB's own self-assessment tool, each requirement gets two ratings, for documentation and for implementation, on a maturity scale from 1 to 5; the averages and every key measure are compared with the thresholds of the CCB's conformity assessment scheme. Only an accredited conformity assessment body can verify or certify the result.

### The plan in time, who does it, and what to ask.

l-when = When
l-situation = Your situation on one page
l-plan-soon = This week and this month
l-plan-rest = The rest of the plan
l-sources = Sources
l-other-platforms = Steps for other platforms
horizon-this-week = This week
horizon-this-month = This month
horizon-this-quarter = This quarter
horizon-later = Later
horizon-total = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, about { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } of work
horizon-done = ({ $done } done)
horizon-moved-full = { $wanted ->
        [this_week] Planned later: this week is already full for an organisation of your size.
        [this_month] Planned later: this month is already full for an organisation of your size.
       *[other] Planned later: this quarter is already full for an organisation of your size.
    }
horizon-moved-after = Comes after “{ $action }”, which has to be done first.
horizon-moved-needed = Brought forward: “{ $action }” needs it first.
hours-about = about { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
help-specialist = Needs specialist know-how: if nobody in your organisation has it, have an IT company do it or check it.
plan-document-ready = A draft filled in from your answers is ready in the CheckUp, under “Your documents”: { $document }.
platform-m365 = In Microsoft 365
platform-google = In Google Workspace or Gmail
platform-site-builder = In your site builder (Wix, Squarespace, Jimdo…)
platform-cms = In WordPress or a similar system
platform-shop-platform = In your web-shop platform (Shopify, Lightspeed…)
assignee-owner = You (management)
assignee-it-provider = Your IT provider
assignee-it-staff = Your IT staff
assignee-it-staff-or-provider = Your IT staff or IT provider
assignee-own-it = You or the person who looks after your computers
assignee-it-unknown = Whoever looks after your IT
assignee-accountant = Your accountant
assignee-payroll = Your social secretariat
assignee-legal = A lawyer or privacy adviser
assignee-all-staff = All staff
ask-title = What to ask, and whom
ask-intro = You answered “don't know” to these questions. Ask the people below: with their answers, your results and your plan are complete. Each list fits in one e-mail.
ask-you-means = In these questions, “you” means { $organisation }.
ask-answer = Answer:
ask-owner = Find out yourself
ask-it-provider = Ask your IT provider
ask-it-staff = Ask your IT staff
ask-it-staff-or-provider = Ask your IT staff or IT provider
ask-own-it = Ask the person who looks after your computers
ask-it-unknown = Ask whoever looks after your IT
ask-accountant = Ask your accountant
ask-payroll = Ask your social secretariat
ask-legal = Ask a lawyer or privacy adviser
ask-all-staff = Ask your staff
must-fix-open = { $count ->
        [0] No legal must-fix items open
        [one] { $count } legal must-fix item open
       *[other] { $count } legal must-fix items open
    }
must-fix-open-label = Open
score-explain = A score shows how much of what the CheckUp asks is in place: 100 means all of it, 0 none of it. It weighs your answers; it is not a mark compared with other organisations.
score-legend = Green: 80 or more, mostly in place. Orange: 50 to 79, partly in place. Red: under 50, much still to do. The dashed line marks 80, where a bar turns green.
score-dont-know = { $count ->
        [one] { $count } answer is “don't know”: it counts as not in place until you find out. Your plan lists what to ask, and whom.
       *[other] { $count } answers are “don't know”: they count as not in place until you find out. Your plan lists what to ask, and whom.
    }
selection-line = This selection: { $shown } of { $total ->
        [one] { $total } action
       *[other] { $total } actions
    }
full-report-note = The full report adds every action in detail with its reading tips, the findings per section and all your answers.
# Between a label and its value ("Who: …"); French puts a no-break space before the colon.
colon = :{" "}
# A word in the full report's file name (…-full.pdf).
file-full = full
