### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Datenschutz und Cybersicherheit für Ihr KMU: schnell oder gründlich
language-label = Sprache
skip-to-content = Zum Inhalt
title-start = Willkommen
start-lead = Beantworten Sie einfache Fragen dazu, wie Ihre Organisation mit personenbezogenen Daten und IT umgeht. Sie erhalten eine Punktzahl, sehen, was zuerst zu tun ist, und bekommen einen Maßnahmenplan mit Zuständigkeiten.
start-not-audit = Eine unabhängige Selbstbewertung auf Grundlage der DSGVO und des CyberFundamentals-Rahmenwerks des ZCB: kein Audit, kein Zertifikat und nicht vom ZCB anerkannt.
start-time = Sie können jederzeit aufhören und später weitermachen.
start-privacy = Nichts verlässt Ihren Browser: Ihre Antworten bleiben auf diesem Gerät. Speichern Sie eine Datei, um sie aufzubewahren oder weiterzugeben.
choose-language = Sprache
start = Vollständigen CheckUp starten
start-choose = Wählen Sie, wie weit Sie gehen
start-quick-title = Schneller CheckUp
start-quick-time = Meist 25 bis 35 Fragen, 12 bis 20 Minuten.
start-quick-what = Die Schlüsselmaßnahmen und die gesetzlichen Pflichten, die für Sie gelten: genug für eine erste Einschätzung zu CyberFundamentals, DSGVO und NIS2 und einen ersten Maßnahmenplan. Danach können Sie mit dem vollständigen CheckUp weitermachen, ohne etwas doppelt zu beantworten.
start-quick = Schnellen CheckUp starten
start-full-title = Vollständiger CheckUp
start-full-time = Meist 90 bis 120 Fragen, 35 bis 50 Minuten.
start-full-what = Alle Fragen, die für Ihre Organisation gelten, für ein vollständiges Bild und einen ausführlichen Maßnahmenplan.
start-count-later = Nach den Fragen zu Ihrer Organisation sehen Sie genau, wie viele Fragen es sind und wie lange sie dauern.
resume = Dort weitermachen, wo Sie aufgehört haben
loading = Wird geladen…
next-failed = Die nächsten Fragen konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und klicken Sie dann erneut auf „Weiter“. Ihre Antworten bleiben erhalten.
