### The documents page: the record of processing, the registers, the privacy
### notice and the incident card. Column names and legal sources are also the
### headings of the downloaded files.

title-documents = Ihre Dokumente
docs-intro = Vorlagen für den Datenschutz, ausgefüllt mit Ihren Antworten: das Verzeichnis von Verarbeitungstätigkeiten, ein Verzeichnis der Datenpannen, eine Liste der Anträge betroffener Personen, eine Datenschutzerklärung und eine Notfallkarte. Es sind Entwürfe: Prüfen und ergänzen Sie jedes Dokument, bevor Sie es verwenden. Die Dateien entstehen auf diesem Gerät; nichts wird verschickt.
docs-not-advice = Diese Entwürfe sind keine Rechtsberatung. Wo Ihre Antworten es nicht sagen konnten, steht „Zu ergänzen“ und was einzutragen ist.
docs-link-plan = Mit Ihren Antworten ausgefüllte Dokumente: Verzeichnis von Verarbeitungstätigkeiten, Verzeichnisse, Datenschutzerklärung, Notfallkarte
docs-open-document = Das ausgefüllte Dokument öffnen: { $document }
docs-back-to-plan = Zurück zu Ihrem Maßnahmenplan

## Document names
doc-record-title = Verzeichnis von Verarbeitungstätigkeiten
doc-breach-title = Verzeichnis der Datenpannen
doc-requests-title = Liste der Anträge betroffener Personen
doc-notice-title = Datenschutzerklärung
doc-card-title = Notfallkarte

## What each document is
docs-record-desc = Die Liste dessen, was Sie mit personenbezogenen Daten tun, warum, über wen, wer sie erhält und wie lange Sie sie aufbewahren (Art. 30 DSGVO). Die Datenschutzbehörde kann sie anfordern.
docs-breach-desc = Jede Datenpanne, auch die, die Sie nicht melden müssen: was geschah, die Auswirkungen und was Sie getan haben (Art. 33(5) DSGVO).
docs-requests-desc = Jeder Antrag auf Auskunft, Berichtigung, Löschung oder Widerspruch, mit der bereits berechneten Frist von einem Monat (Art. 12(3) DSGVO).
docs-notice-desc = Was Sie den Menschen über ihre Daten sagen, erstellt aus Ihrem Verzeichnis (Art. 13 und 14 DSGVO): als Word-Dokument und als HTML für Ihre Website.
docs-card-desc = Eine Seite mit den ersten Schritten nach einem Cybervorfall oder einer Datenpanne und den Nummern, die Sie dann anrufen sollten. Drucken Sie sie aus und legen Sie sie neben das Telefon.

## Buttons and states
docs-download-xlsx = Herunterladen (Excel)
docs-download-csv = Herunterladen (CSV)
docs-download-processor-csv = Verzeichnis als Auftragsverarbeiter (CSV)
docs-download-docx = Herunterladen (Word)
docs-download-html = HTML für Ihre Website
docs-download-card = Die Karte herunterladen (HTML)
docs-print-card = Die Karte drucken
docs-loading = Das Dokumentenmodul wird geladen…
docs-working = Die Datei wird erstellt…
docs-saved = Die Datei wurde heruntergeladen.
docs-failed = Die Datei konnte nicht erstellt werden. Versuchen Sie es erneut.
docs-module-failed = Das Dokumentenmodul konnte nicht geladen werden oder wurde beendet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
docs-may-be-blocked = Die Datei ist fertig, aber diese eingebettete Seite blockiert Downloads meistens: Ist keine Datei erschienen, öffnen Sie den CheckUp in einem eigenen Tab.
docs-retry = Erneut versuchen

## The record on the page
docs-record-proposed = Dieses Verzeichnis ist ein Vorschlag auf Grundlage Ihrer Antworten und passt sich ihnen an, bis Sie etwas ändern.
docs-record-edited = Sie haben dieses Verzeichnis geändert: Ihre Antworten ändern es nicht mehr.
docs-record-loading = Ihr Verzeichnis wird aus Ihren Antworten erstellt…
docs-record-empty = Ihre Antworten weisen noch auf keine Verarbeitungstätigkeit hin. Fügen Sie die Verarbeitungstätigkeiten hinzu, die Sie durchführen.
docs-add-row = Eine Verarbeitungstätigkeit hinzufügen
docs-add-processor-row = Einen Kunden oder Dienst hinzufügen
docs-remove-row = „{ $name }“ entfernen
docs-untitled = Neue Verarbeitungstätigkeit
docs-row-removed = „{ $name }“ wurde aus Ihrem Verzeichnis entfernt.
docs-reset = Mit dem Vorschlag neu beginnen
docs-reset-done = Ihr Verzeichnis ist wieder der Vorschlag aus Ihren Antworten.
docs-also-proposed = Ihre Antworten weisen auch auf Folgendes hin: { $names }.
docs-add-proposed = Hinzufügen
docs-to-complete-count = { $count ->
        [0] Kein Feld enthält mehr „Zu ergänzen“.
        [one] Noch { $count } Feld enthält „Zu ergänzen“.
       *[other] Noch { $count } Felder enthalten „Zu ergänzen“.
    }
doc-to-complete = Zu ergänzen
docs-required-note = Mit * markierte Spalten verlangt Art. 30(1) DSGVO (rot im Musterverzeichnis der Datenschutzbehörde).
docs-processor-heading = Verarbeitungen, die Sie für Kunden durchführen (Art. 30(2) DSGVO)
docs-processor-intro = Sie verarbeiten personenbezogene Daten im Auftrag Ihrer Kunden. Deshalb führen Sie auch ein Verzeichnis dieser Verarbeitungen, pro Kunde.
docs-source = Quelle

## Your organisation (the identification tab of the record; the privacy notice)
docs-org-heading = Ihre Organisation
docs-org-intro = Diese Angaben kommen in das Verzeichnis und in die Datenschutzerklärung.
doc-org-name = Name
doc-org-enterprise = Unternehmensnummer (ZDU)
doc-org-enterprise-invalid = Das ist keine gültige Unternehmensnummer: Bitte prüfen Sie sie auf Tippfehler. Eine Unternehmensnummer hat 10 Ziffern, beginnt mit 0 oder 1 und endet mit zwei Prüfziffern, zum Beispiel 0123.456.749. Ihre Eingabe bleibt erhalten.
doc-org-address = Anschrift
doc-org-email = E-Mail
doc-org-email-invalid = Das sieht nicht nach einer E-Mail-Adresse aus: Eine E-Mail-Adresse enthält ein @ und eine Domain mit Punkt, zum Beispiel info@example.com. Ihre Eingabe bleibt erhalten.
doc-org-phone = Telefon
doc-org-website = Website
doc-org-privacy-contact = Ansprechpartner für den Datenschutz (Name, E-Mail)
doc-org-dpo = Datenschutzbeauftragter (DPO), falls Sie einen haben

## The numbers on the incident card
docs-contacts-heading = Nummern für die Notfallkarte
docs-contacts-intro = Ihre eigenen Nummern. Die Karte fügt die öffentlichen hinzu: Card Stop, das ZCB, die Datenschutzbehörde und die Polizei.
doc-contact-decider = Wer bei einem Vorfall entscheidet
doc-contact-it = IT-Dienstleister oder IT-Verantwortlicher
doc-contact-bank = Bank (Betrugshotline)
doc-contact-insurer = Versicherer (Cyberversicherung)
doc-contact-name = Name
doc-contact-phone = Telefon

## Columns of the record, in the order of the GBA/APD model register
doc-col-no = Nr.
doc-col-name = Verarbeitungstätigkeit
doc-col-purposes = Zwecke
doc-col-legal-basis = Rechtsgrundlage
doc-col-data = Kategorien personenbezogener Daten
doc-col-subjects = Kategorien betroffener Personen
doc-col-retention = Aufbewahrungsfrist
doc-col-recipients = Kategorien von Empfängern
doc-col-processors = Auftragsverarbeiter
doc-col-transfers = Übermittlungen außerhalb des EWR und Garantien
doc-col-security = Sicherheitsmaßnahmen
doc-col-controller = Kunde (Verantwortlicher) und Kontaktdaten
doc-col-processing = Kategorien von Verarbeitungen
doc-col-sub-processors = Unterauftragsverarbeiter

## The legal source of each column
doc-src-name = Musterverzeichnis der Datenschutzbehörde
doc-src-purposes = Art. 30(1)(b) DSGVO
doc-src-legal-basis = Art. 6, 9 und 10 DSGVO (Musterverzeichnis der Datenschutzbehörde)
doc-src-data = Art. 30(1)(c) DSGVO
doc-src-retention = Art. 30(1)(f) DSGVO
doc-src-recipients = Art. 30(1)(d) DSGVO
doc-src-processors = Art. 28 DSGVO (Musterverzeichnis der Datenschutzbehörde)
doc-src-transfers = Art. 30(1)(e) DSGVO
doc-src-security = Art. 30(1)(g) und 32(1) DSGVO
doc-src-controller = Art. 30(2)(a) DSGVO
doc-src-processing = Art. 30(2)(b) DSGVO
doc-src-sub-processors = Art. 28(2) und (4) DSGVO
doc-src-processor-transfers = Art. 30(2)(c) DSGVO
doc-src-processor-security = Art. 30(2)(d) und 32(1) DSGVO

## File names of the downloads (plain: lower case, digits and hyphens)
doc-file-record = verzeichnis-verarbeitungstaetigkeiten
doc-file-processor-record = verzeichnis-auftragsverarbeiter
doc-file-breaches = verzeichnis-datenpannen
doc-file-requests = liste-antraege-betroffener
doc-file-notice = datenschutzerklaerung
doc-file-card = notfallkarte
