### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Datenschutz und Cybersicherheit für Ihr KMU, in rund 25 Minuten
language-label = Sprache
skip-to-content = Zum Inhalt
title-start = Willkommen
start-lead = Beantworten Sie einfache Fragen dazu, wie Ihre Organisation mit personenbezogenen Daten und IT umgeht. Sie erhalten eine Punktzahl, sehen, was zuerst zu tun ist, und bekommen einen Maßnahmenplan mit Zuständigkeiten.
start-not-audit = Eine unabhängige Selbstbewertung auf Grundlage der DSGVO und des CyberFundamentals-Rahmenwerks des ZCB: kein Audit, kein Zertifikat und nicht vom ZCB anerkannt.
start-time = Rechnen Sie mit 20 bis 30 Minuten. Sie können jederzeit aufhören und später weitermachen.
start-privacy = Nichts verlässt Ihren Browser: Ihre Antworten bleiben auf diesem Gerät. Speichern Sie eine Datei, um sie aufzubewahren oder weiterzugeben.
choose-language = Sprache
start = CheckUp starten
resume = Dort weitermachen, wo Sie aufgehört haben
loading = Wird geladen…
