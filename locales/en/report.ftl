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
l-owner = Owner
l-due = Due
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
l-target = Your target level
who-line = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, { $high } of them high priority
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
level1 = 1 – Initial
level2 = 2 – Repeatable
level3 = 3 – Defined
level4 = 4 – Managed
level5 = 5 – Optimised
cyfun-reached = Your key measures are in place and your security score reaches the threshold: you are at the CyberFundamentals BASIC level.
cyfun-blocked = Not yet at the BASIC level: { $count ->
        [one] { $count } key measure needs work first.
       *[other] { $count } key measures need work first.
    }
cyfun-score-low = Your security score ({ $score }) is below the BASIC threshold of 60.
cyfun-incomplete = Answer all security questions to see whether you reach the BASIC level.
cyfun-explain = CyberFundamentals is the framework of the Centre for Cybersecurity Belgium. For BASIC every key measure must be in place: a weak key measure cannot be made up for by other good answers.
key-measures-unanswered = { $count ->
        [one] { $count } key measure is not answered yet.
       *[other] { $count } key measures are not answered yet.
    }
gdpr-reached = No legal must-fix items: your GDPR basics are in place.
gdpr-must-fix = { $count ->
        [one] { $count } legal must-fix item needs attention first.
       *[other] { $count } legal must-fix items need attention first.
    }
gdpr-incomplete = Answer all GDPR questions to see your legal must-fix items.
gdpr-explain = Some items are not good practice but a legal duty under the GDPR. The Belgian DPA can ask about them; put them at the top of your list.
must-fix-unanswered = { $count ->
        [one] { $count } legal must-fix item is not answered yet.
       *[other] { $count } legal must-fix items are not answered yet.
    }
nis2-essential = Your organisation is likely in scope of NIS2, as an essential entity.
nis2-important = Your organisation is likely in scope of NIS2, as an important entity.
nis2-out = Your organisation is likely out of scope of NIS2.
nis2-unclear = Your answers do not make clear whether NIS2 applies to you.
nis2-why-regardless = You provide telecom, DNS, top-level domain or trust services: NIS2 covers these whatever the size.
nis2-why-annex-i-large = You work in a sector of high criticality (Annex I) and your organisation is large (250 or more staff, or over EUR 50 million turnover and over EUR 43 million balance sheet total).
nis2-why-annex-i-medium = You work in a sector of high criticality (Annex I) and your organisation is medium-sized (50 or more staff, or turnover and balance sheet over EUR 10 million).
nis2-why-annex-i-i = You work in another critical sector (Annex II) and your organisation is medium-sized or large.
nis2-why-too-small = You work in a NIS2 sector, but your organisation stays below the thresholds (fewer than 50 staff, and not both turnover and balance sheet over EUR 10 million).
nis2-why-no-sector = You do not provide services in the sectors NIS2 covers.
nis2-why-sector-unknown = You did not say whether you provide services in a NIS2 sector.
nis2-why-size-unknown = You work in a NIS2 sector, but your turnover or balance sheet is not known; ask your accountant.
nis2-why-public-body = For public bodies, the Belgian law itself names which administrations are covered. Check with the CCB.
nis2-supplier = Note: businesses that do fall under NIS2 must assess their suppliers. They often ask you to reach at least CyberFundamentals BASIC.
nis2-duties = Under NIS2 you must register with the CCB, take appropriate security measures and report significant incidents: an early warning within 24 hours, a notification within 72 hours and a final report within one month.
nis2-not-legal-advice = This is a first indication, not legal advice. Take the CCB's official scope test to be sure.
target-headline = Aim for CyberFundamentals { $level }.
target-why-nis2 = This level fits your likely NIS2 status; the CCB accepts CyberFundamentals as a way to meet NIS2.
target-why-micro = For a very small organisation without sensitive data or customer demands, the Small level is a good start. As you grow, aim for BASIC.
target-why-baseline = BASIC is the baseline the CCB recommends to every organisation, and what customers under NIS2 ask of their suppliers.
target-why-unclear = Until it is clear whether NIS2 applies to you, BASIC is a safe aim.
method-scoring-title = How we score
method-scoring1 = Each answered question scores 0 to 100: "yes" 100, "partly" 50, "no" 0. "Don't know" counts as 0, because what you do not know is not in place, and adds a "find out" action to your plan.
method-scoring2 = "Not applicable", questions that do not apply to you and unanswered questions are left out. A section's score is the weighted average of its questions (weights 1 to 5); the overall score is the average of the CheckUps.
method-scoring3 = The level per section follows the spirit of CyberFundamentals: 1 below 20, 2 below 40, 3 below 60, 4 below 80, 5 from 80. For BASIC every key measure must score at least 75 and the security score at least 60; a weak key measure blocks it, whatever the average.
method-scoring4 = The action plan puts key measures and legal must-fix items first, then the actions with the most effect for the least effort. "Start this week" shows quick wins: high impact, a few hours of work, little cost.
method-sources-title = Sources
method-sources-gdpr = The GDPR: Regulation (EU) 2016/679, with the Belgian framework law of 30 July 2018, the camera law of 21 March 2007 and the rules on cookies and direct marketing. Each question names the articles it rests on.
method-sources-cyfun = CyberFundamentals (CyFun®), 2025 edition, BASIC level: © Centre for Cybersecurity Belgium (CCB). The CheckUp uses only the requirement numbers and asks its own questions in plain words, for non-commercial purposes and with the source named. The CCB has not validated the CheckUp.
method-sources-guides = The actions point to public Belgian help: Safeonweb and Safeonweb@work (CCB), CERT.be, the Belgian Data Protection Authority and the Cyber Security Coalition.
method-privacy-title = Your privacy
method-privacy = The CheckUp runs entirely in your browser. Your answers are not sent anywhere: they stay in your browser and in the files you save yourself.
method-disclaimer-title = Disclaimer
disclaimer = The CheckUp is an independent self-assessment. It is not an audit, a certification or legal advice, and it is not endorsed by the CCB or the Belgian Data Protection Authority. The result depends on your own answers.
