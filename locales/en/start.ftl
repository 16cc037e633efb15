### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Privacy and cyber security for your small business: quick or thorough
language-label = Language
skip-to-content = Skip to content
title-start = Welcome
start-lead = Answer plain questions about how your organisation handles personal data and IT. You get a score, see what to do first, and receive an action plan that says who can do what.
start-not-audit = An independent self-assessment based on the GDPR and the CCB's CyberFundamentals: not an audit, not a certificate, and not endorsed by the CCB.
start-time = You can stop at any time and continue later.
start-privacy = Nothing leaves your browser: your answers stay on this device. Save a file to keep or share them.
choose-language = Language
start = Start the full CheckUp
start-choose = Choose how far to go
start-quick-title = Quick CheckUp
start-quick-time = Usually 25 to 35 questions, 12 to 20 minutes.
start-quick-what = The key measures and the legal duties that apply to you: enough for a first verdict on CyberFundamentals, the GDPR and NIS2, and a first action plan. You can then go on with the full CheckUp without answering anything twice.
start-quick = Start the quick CheckUp
start-full-title = Full CheckUp
start-full-time = Usually 90 to 120 questions, 35 to 50 minutes.
start-full-what = Every question that applies to your organisation, for a complete picture and a detailed action plan.
start-count-later = After the questions about your organisation you see exactly how many questions there are and how long they take.
resume = Continue where you left off
loading = Loading…
next-failed = The next questions could not be loaded. Check your connection, then press “Next” again. Your answers are kept.
