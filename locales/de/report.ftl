### The report: results page, plan page, PDF and CSV.

report-title = CheckUp: Datenschutz und Cybersicherheit
report-subtitle = Ihre Ergebnisse und Ihr persönlicher Maßnahmenplan
your-organisation = Ihre Organisation
progress-line = { $answered } von { $total ->
        [one] { $total } Frage
       *[other] { $total } Fragen
    } beantwortet
not-answered = Nicht beantwortet
not-scored-yet = Noch keine Punktzahl
reason-line = { $question } Ihre Antwort: { $answer }.
ref-gdpr = Art. { $article } DSGVO
ref-cyfun = CyFun® { $id }
# A date in words: { $day } 1-31, { $month } 1-12, { $year }.
long-date = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }
compare-title = Fortschritt seit dem { $date }
compare-title-named = Fortschritt seit dem { $date } ({ $label })
l-then = Vorher
l-now = Jetzt
l-change = Veränderung
l-completed-since = Seitdem erledigt
l-rounds = Gesamtpunktzahl je Runde
l-summary = Zusammenfassung
l-overall = Gesamtpunktzahl
l-scores = Punktzahlen je Bereich
l-section = Bereich
l-score = Punktzahl
l-level = Stufe
l-answered = Beantwortet
l-start-this-week = Diese Woche beginnen
l-action-plan = Maßnahmenplan
l-priority = Priorität
l-action = Maßnahme
l-why = Warum
l-how = Wie
l-who = Wer
l-effort = Aufwand
l-cost = Kosten
l-owner = Zuständig
l-due = Frist
l-status = Status
l-note = Notiz
l-because = Anlass
l-references = Grundlage
l-findings = Feststellungen je Bereich
l-reading-tips = Lesetipps
l-appendix = Anhang: alle Ihre Antworten
l-method = Methode, Quellen und Haftungsausschluss
l-page = Seite { $page } von { $pages }
l-key-measure = Schlüsselmaßnahme
l-must-fix = Gesetzliche Pflicht
l-no-actions = Keine Maßnahmen: Nach Ihren Antworten ist nichts Dringendes zu tun.
l-date = Datum
l-contents = Inhalt
l-cyfun = CyberFundamentals BASIC
l-gdpr = DSGVO-Grundlagen
l-nis2 = NIS2
l-target = Ihr Zielniveau
who-line = { $actions ->
        [one] { $actions } Maßnahme
       *[other] { $actions } Maßnahmen
    }, davon { $high } mit hoher Priorität
l-by-who = Wer macht was?
priority-high = Hoch
priority-medium = Mittel
priority-low = Niedrig
who-owner = Inhaber oder Geschäftsführung
who-it = IT-Dienstleister
who-accountant = Buchhalter
who-payroll = Sozialsekretariat
who-legal = Jurist oder Datenschutzberater
who-all-staff = Alle Beschäftigten
effort-hours = Einige Stunden
effort-days = Einige Tage
effort-weeks = Wochen (ein Projekt)
effort-phrase = { $effort ->
        [hours] einige Stunden
        [days] einige Tage
       *[other] Wochen (ein Projekt)
    }
cost-free = Kostenlos (nur Zeit)
cost-low = Unter 500 Euro
cost-medium = 500 bis 5.000 Euro
cost-high = Über 5.000 Euro
status-todo = Offen
status-doing = In Arbeit
status-done = Erledigt
level1 = 1 – Initial
level2 = 2 – Wiederholbar
level3 = 3 – Definiert
level4 = 4 – Gesteuert
level5 = 5 – Optimiert
cyfun-reached = Ihre Schlüsselmaßnahmen sind umgesetzt und Ihre Punktzahl im Bereich Sicherheit erreicht den Schwellenwert: Sie sind auf dem Niveau CyberFundamentals BASIC.
cyfun-blocked = Noch nicht auf dem Niveau BASIC: { $count ->
        [one] { $count } Schlüsselmaßnahme muss zuerst umgesetzt werden.
       *[other] { $count } Schlüsselmaßnahmen müssen zuerst umgesetzt werden.
    }
cyfun-score-low = Ihre Punktzahl im Bereich Sicherheit ({ $score }) liegt unter dem Schwellenwert von 60 für BASIC.
cyfun-incomplete = Beantworten Sie alle Sicherheitsfragen, um zu sehen, ob Sie das Niveau BASIC erreichen.
cyfun-explain = CyberFundamentals ist das Rahmenwerk des Zentrums für Cybersicherheit Belgien. Für BASIC muss jede Schlüsselmaßnahme umgesetzt sein: Eine schwache Schlüsselmaßnahme lässt sich nicht durch andere gute Antworten ausgleichen.
key-measures-unanswered = { $count ->
        [one] { $count } Schlüsselmaßnahme ist noch nicht beantwortet.
       *[other] { $count } Schlüsselmaßnahmen sind noch nicht beantwortet.
    }
gdpr-reached = Keine gesetzlichen Pflichten, die dringend nachzuholen sind: Ihre DSGVO-Grundlagen sind umgesetzt.
gdpr-must-fix = { $count ->
        [one] { $count } gesetzliche Pflicht muss zuerst erfüllt werden.
       *[other] { $count } gesetzliche Pflichten müssen zuerst erfüllt werden.
    }
gdpr-incomplete = Beantworten Sie alle Fragen zur DSGVO, um Ihre gesetzlichen Pflichten zu sehen.
gdpr-explain = Manche Punkte sind nicht nur gute Praxis, sondern eine gesetzliche Pflicht aus der DSGVO. Die Datenschutzbehörde kann sie prüfen; setzen Sie sie oben auf Ihre Liste.
must-fix-unanswered = { $count ->
        [one] { $count } gesetzliche Pflicht ist noch nicht beantwortet.
       *[other] { $count } gesetzliche Pflichten sind noch nicht beantwortet.
    }
nis2-essential = Ihre Organisation fällt wahrscheinlich unter NIS2, als wesentliche Einrichtung.
nis2-important = Ihre Organisation fällt wahrscheinlich unter NIS2, als wichtige Einrichtung.
nis2-out = Ihre Organisation fällt wahrscheinlich nicht unter NIS2.
nis2-unclear = Aus Ihren Antworten geht nicht klar hervor, ob NIS2 für Sie gilt.
nis2-why-regardless = Sie erbringen Telekommunikations-, DNS-, Top-Level-Domain- oder Vertrauensdienste: Dafür gilt NIS2 unabhängig von der Größe.
nis2-why-annex-i-large = Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig und Ihre Organisation ist groß (250 oder mehr Beschäftigte oder über 50 Millionen Euro Umsatz und über 43 Millionen Euro Bilanzsumme).
nis2-why-annex-i-medium = Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig und Ihre Organisation ist mittelgroß (50 oder mehr Beschäftigte oder Umsatz und Bilanzsumme über 10 Millionen Euro).
nis2-why-annex-i-i = Sie sind in einem sonstigen kritischen Sektor (Anhang II) tätig und Ihre Organisation ist mittelgroß oder groß.
nis2-why-too-small = Sie sind in einem NIS2-Sektor tätig, aber Ihre Organisation bleibt unter den Schwellen (weniger als 50 Beschäftigte und nicht zugleich Umsatz und Bilanzsumme über 10 Millionen Euro).
nis2-why-no-sector = Sie erbringen keine Dienste in den Sektoren von NIS2.
nis2-why-sector-unknown = Sie haben nicht angegeben, ob Sie Dienste in einem NIS2-Sektor erbringen.
nis2-why-size-unknown = Sie sind in einem NIS2-Sektor tätig, aber Umsatz oder Bilanzsumme sind nicht bekannt; fragen Sie Ihren Buchhalter.
nis2-why-public-body = Für Behörden bestimmt das belgische Gesetz selbst, welche Verwaltungen erfasst sind. Erkundigen Sie sich beim ZCB.
nis2-supplier = Achtung: Unternehmen, die unter NIS2 fallen, müssen ihre Lieferanten bewerten. Sie verlangen oft, dass Sie mindestens CyberFundamentals BASIC erreichen.
nis2-duties = Nach NIS2 müssen Sie sich beim ZCB registrieren, angemessene Sicherheitsmaßnahmen treffen und erhebliche Vorfälle melden: eine Frühwarnung innerhalb von 24 Stunden, eine Meldung innerhalb von 72 Stunden und einen Abschlussbericht innerhalb eines Monats.
nis2-not-legal-advice = Dies ist ein erster Hinweis, keine Rechtsberatung. Machen Sie den offiziellen NIS2-Anwendungstest des ZCB, um sicherzugehen.
target-headline = Streben Sie CyberFundamentals { $level } an.
target-why-nis2 = Dieses Niveau passt zu Ihrer wahrscheinlichen Einstufung nach NIS2; das ZCB akzeptiert CyberFundamentals als Weg, die NIS2-Anforderungen zu erfüllen.
target-why-micro = Für eine sehr kleine Organisation ohne sensible Daten oder Kundenanforderungen ist das Niveau Small ein guter Anfang. Wenn Sie wachsen, streben Sie BASIC an.
target-why-baseline = BASIC ist der Grundschutz, den das ZCB jeder Organisation empfiehlt, und das, was Kunden, die unter NIS2 fallen, von ihren Lieferanten verlangen.
target-why-unclear = Solange unklar ist, ob NIS2 für Sie gilt, ist BASIC ein sicheres Ziel.
method-scoring-title = Wie wir bewerten
method-scoring1 = Jede beantwortete Frage erhält eine Punktzahl von 0 bis 100: „ja“ 100, „teilweise“ 50, „nein“ 0. „Weiß ich nicht“ zählt als 0, denn was Sie nicht wissen, ist nicht geregelt. Diese Antwort fügt Ihrem Plan außerdem die Maßnahme „Klären Sie die Fragen, die Sie mit ‚weiß ich nicht‘ beantwortet haben“ hinzu.
method-scoring2 = „Trifft nicht zu“, Fragen, die für Sie nicht gelten, und unbeantwortete Fragen zählen nicht. Die Punktzahl eines Bereichs ist der gewichtete Durchschnitt seiner Fragen (Gewicht 1 bis 5); die Gesamtpunktzahl ist der Durchschnitt der CheckUps.
method-scoring3 = Die Stufe je Bereich orientiert sich an CyberFundamentals: 1 unter 20, 2 unter 40, 3 unter 60, 4 unter 80, 5 ab 80. Für BASIC muss jede Schlüsselmaßnahme mindestens 75 erreichen und die Punktzahl im Bereich Sicherheit mindestens 60; schon eine schwache Schlüsselmaßnahme verhindert BASIC, unabhängig vom Durchschnitt.
method-scoring4 = Der Maßnahmenplan stellt Schlüsselmaßnahmen und gesetzliche Pflichten an den Anfang, danach die Maßnahmen mit der größten Wirkung für den kleinsten Aufwand. „Diese Woche beginnen“ zeigt schnelle Erfolge: viel Wirkung, einige Stunden Arbeit, geringe Kosten.
method-sources-title = Quellen
method-sources-gdpr = Die DSGVO: Verordnung (EU) 2016/679, mit dem belgischen Rahmengesetz vom 30. Juli 2018, dem Kameragesetz vom 21. März 2007 und den Regeln zu Cookies und Direktwerbung. Jede Frage nennt die Artikel, auf denen sie beruht.
method-sources-cyfun = CyberFundamentals (CyFun®), Version 2025, Niveau BASIC: © Zentrum für Cybersicherheit Belgien (ZCB). Der CheckUp verwendet nur die Nummern der Anforderungen und stellt eigene Fragen in einfacher Sprache, ohne kommerziellen Zweck und mit Quellenangabe. Das ZCB hat den CheckUp nicht validiert.
method-sources-guides = Die Maßnahmen verweisen auf kostenlose belgische Hilfsangebote: Safeonweb und Safeonweb@work (ZCB), CERT.be, die Datenschutzbehörde und die Cyber Security Coalition.
method-privacy-title = Ihr Datenschutz
method-privacy = Der CheckUp läuft vollständig in Ihrem Browser. Ihre Antworten werden nirgendwohin gesendet, sondern bleiben in Ihrem Browser und in den Dateien, die Sie selbst speichern.
method-disclaimer-title = Haftungsausschluss
disclaimer = Der CheckUp ist eine unabhängige Selbstbewertung. Er ist kein Audit, keine Zertifizierung und keine Rechtsberatung und wurde weder vom ZCB noch von der Datenschutzbehörde anerkannt. Das Ergebnis hängt von Ihren eigenen Antworten ab.
