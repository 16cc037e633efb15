### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Privacy and cyber security for your small business, in about 25 minutes
language-label = Language
skip-to-content = Skip to content
title-start = Welcome
start-lead = Answer plain questions about how your organisation handles personal data and IT. You get a score, see what to do first, and receive an action plan that says who can do what.
start-not-audit = An independent self-assessment based on the GDPR and the CCB's CyberFundamentals: not an audit, not a certificate, and not endorsed by the CCB.
start-time = It takes 20 to 30 minutes. You can stop at any time and continue later.
start-privacy = Nothing leaves your browser: your answers stay on this device. Save a file to keep or share them.
choose-language = Language
start = Start the CheckUp
resume = Continue where you left off
loading = Loading…
