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
month-year = { $month ->
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
l-owner = Zuständige Person
l-due = Frist
l-overdue = überfällig
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
l-nis2-duty = NIS2-Pflicht
l-target = Ihr Zielniveau
who-line = { $actions ->
        [one] { $actions } Maßnahme
       *[other] { $actions } Maßnahmen
    }, etwa { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } Arbeit
who-owners-part = ({ $assigned } von { $total ->
        [one] { $total } Maßnahme
       *[other] { $total } Maßnahmen
    })
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
level1 = 1 – Wenig umgesetzt
level2 = 2 – Einiges umgesetzt
level3 = 3 – Teilweise umgesetzt
level4 = 4 – Größtenteils umgesetzt
level5 = 5 – Fast alles umgesetzt
cyfun-reached = Alle 13 Schlüsselmaßnahmen sind umgesetzt: Nach der Lesart des CheckUp ist der Kern von CyberFundamentals BASIC vorhanden.
cyfun-blocked = Noch nicht auf dem Niveau BASIC: { $count ->
        [one] { $count } Schlüsselmaßnahme muss zuerst umgesetzt werden.
       *[other] { $count } Schlüsselmaßnahmen müssen zuerst umgesetzt werden.
    }
cyfun-score-low = Ihre Punktzahl im Bereich Sicherheit ({ $score }) liegt unter dem Schwellenwert von 60 für BASIC.
cyfun-incomplete = Bisher umgesetzte Schlüsselmaßnahmen: { $n } von 13. Beantworten Sie die übrigen Sicherheitsfragen für ein vollständiges Bild.
cyfun-explain = CyberFundamentals ist das Rahmenwerk des Zentrums für Cybersicherheit Belgien (ZCB). Das ZCB verlangt, dass jede Schlüsselmaßnahme eines Niveaus erfüllt ist. Dieses Urteil ist die eigene Lesart des CheckUp, keine CyFun-Bewertung: Eine Schlüsselmaßnahme gilt erst als umgesetzt, wenn jede Frage dazu die beste Antwort erhält („Ja“ oder „Ja, überall“). „Fast überall“ oder „teilweise“ lässt eine Lücke, die eine gute Antwort an anderer Stelle nicht ausgleicht.
key-measures-unanswered = { $count ->
        [one] Eine Schlüsselmaßnahme ist noch nicht beantwortet.
       *[other] { $count } Schlüsselmaßnahmen sind noch nicht beantwortet.
    }
gdpr-reached = Keine gesetzlichen Pflichten, die dringend nachzuholen sind: Ihre DSGVO-Grundlagen sind umgesetzt.
gdpr-not-met = Noch nicht alle gesetzlichen Pflichten sind erfüllt: Gehen Sie sie zuerst an.
gdpr-incomplete = Beantworten Sie alle Fragen zur DSGVO, um Ihre gesetzlichen Pflichten zu sehen.
gdpr-explain = Manche Punkte sind nicht nur gute Praxis, sondern eine gesetzliche Pflicht nach der DSGVO oder einem dazugehörigen belgischen Gesetz (für Cookies, Direktwerbung, Kameras oder sensible Daten); bei jedem Punkt steht die Bestimmung, auf der er beruht. Setzen Sie sie oben auf Ihre Liste.
must-fix-unanswered = { $count ->
        [one] { $count } gesetzliche Pflicht ist noch nicht beantwortet.
       *[other] { $count } gesetzliche Pflichten sind noch nicht beantwortet.
    }
gdpr-no-personal-data = Sie haben geantwortet, dass Ihre Organisation keine personenbezogenen Daten speichert. Deshalb wurden die Fragen zu Ihren eigenen Dateien weggelassen.
gdpr-no-personal-data-check = Auch eine Liste mit Kundennamen oder ein Ansprechpartner bei einem Kunden zählt dazu: Wenn Sie so etwas speichern, ändern Sie Ihre Antwort unter „Ihre Daten“, dann werden diese Fragen wieder angezeigt.
gdpr-nobody-contradicted = { $reason ->
        [staff] Sie haben geantwortet, dass Ihre Organisation über niemanden Daten speichert. Sie hat jedoch 10 oder mehr Beschäftigte, und deren Daten sind personenbezogene Daten. Deshalb werden die Fragen zu Ihren eigenen Dateien trotzdem gestellt.
        [cameras] Sie haben geantwortet, dass Ihre Organisation über niemanden Daten speichert. Ihre Kameras filmen jedoch Menschen, und diese Bilder sind personenbezogene Daten. Deshalb werden die Fragen zu Ihren eigenen Dateien trotzdem gestellt.
        [sensitive] Sie haben geantwortet, dass Ihre Organisation über niemanden Daten speichert. Sie verarbeiten jedoch sensible Daten über Menschen. Deshalb werden die Fragen zu Ihren eigenen Dateien trotzdem gestellt.
        [webshop] Sie haben geantwortet, dass Ihre Organisation über niemanden Daten speichert. Ihr Webshop speichert jedoch die Namen und Adressen Ihrer Kunden. Deshalb werden die Fragen zu Ihren eigenen Dateien trotzdem gestellt.
       *[open] Sie haben geantwortet, dass Ihre Organisation über niemanden Daten speichert. Andere Fragen, die auf personenbezogene Daten hinweisen könnten, sind jedoch noch unbeantwortet. Deshalb werden die Fragen zu Ihren eigenen Dateien trotzdem gestellt.
    }
gdpr-in-full = Ihre Antworten im schnellen CheckUp zeigen keine unerfüllte gesetzliche Pflicht, aber einige Pflichten, die für Sie gelten, prüft erst der vollständige CheckUp.
must-fix-in-full = { $count ->
        [one] Eine gesetzliche Pflicht, die für Sie gilt, prüft erst der vollständige CheckUp.
       *[other] { $count } gesetzliche Pflichten, die für Sie gelten, prüft erst der vollständige CheckUp.
    }
nis2-essential = Ihre Organisation fällt wahrscheinlich unter NIS2, als wesentliche Einrichtung.
nis2-important = Ihre Organisation fällt wahrscheinlich unter NIS2, als wichtige Einrichtung.
nis2-out = Ihre Organisation fällt wahrscheinlich nicht unter NIS2.
nis2-unclear = Aus Ihren Antworten geht nicht klar hervor, ob NIS2 für Sie gilt.
nis2-at-least-important = Ihre Organisation fällt wahrscheinlich unter NIS2, mindestens als wichtige Einrichtung; ob sie eine wesentliche Einrichtung ist, hängt von den noch fehlenden Antworten ab.
nis2-why-regardless = Sie erbringen Telekommunikations-, DNS-, Top-Level-Domain- oder Vertrauensdienste: Dafür gilt NIS2 unabhängig von der Größe.
nis2-why-annex-i-large = Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig, und Ihre Organisation ist groß: 250 oder mehr Beschäftigte, oder sowohl ein Umsatz über 50 Millionen Euro als auch eine Bilanzsumme über 43 Millionen Euro.
nis2-why-annex-i-medium = Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig, und Ihre Organisation ist mittelgroß: 50 bis 249 Beschäftigte, oder sowohl Umsatz als auch Bilanzsumme über 10 Millionen Euro, ohne groß zu sein.
nis2-why-annex-i-i = Sie sind in einem sonstigen kritischen Sektor (Anhang II) tätig, und Ihre Organisation ist mittelgroß oder groß.
nis2-why-too-small = Ihre Organisation ist nach der europäischen Definition klein: weniger als 50 Beschäftigte, und ein Umsatz oder eine Bilanzsumme von höchstens 10 Millionen Euro. In dieser Größe gilt NIS2 nur für einige digitale Dienste, etwa öffentliche Telekommunikation, Vertrauensdienste und DNS.
nis2-why-no-sector = Sie sind in keinem der Sektoren tätig, die die Anhänge von NIS2 aufzählen.
nis2-why-sector-unknown = Ihre Branche ist noch nicht bekannt. Davon hängt ab, ob NIS2 für Sie gilt.
nis2-why-size-unknown = Beschäftigtenzahl, Umsatz oder Bilanzsumme sind nicht genau genug bekannt, um die Größe Ihrer Organisation zu bestimmen. Fragen Sie Ihren Buchhalter.
nis2-why-size-figures = Ohne { $figures } lässt sich die Größe Ihrer Organisation nicht sicher bestimmen. Fragen Sie Ihren Buchhalter.
nis2-figures-two = { $first } und { $second }
nis2-figure-staff = Ihre Beschäftigtenzahl
nis2-figure-turnover = Ihren Jahresumsatz
nis2-figure-balance = Ihre Bilanzsumme
nis2-why-public-body = Für Behörden gilt das belgische NIS2-Gesetz für die öffentliche Verwaltung des Föderalstaats sowie der Gemeinschaften und Regionen. Lokale Behörden wie Gemeinden, ÖSHZ und Interkommunalen fallen nur darunter, wenn sie eine Tätigkeit aus den Anhängen ausüben und groß genug sind, oder wenn das ZCB sie bestimmt. Diese Bestimmung entscheidet: Erkundigen Sie sich beim ZCB.
nis2-supplier = Achtung: Organisationen, die unter NIS2 fallen, müssen auch die Sicherheit ihrer Lieferanten im Blick behalten. Das ZCB rät ihnen, von wichtigen Lieferanten mindestens CyberFundamentals BASIC zu verlangen.
nis2-supplier-asked = Ihre Kunden fragen bereits nach Ihrer Sicherheit: Wer unter NIS2 fällt, wird von Ihnen wahrscheinlich CyberFundamentals BASIC verlangen, das Niveau, das dieser CheckUp misst.
nis2-duties = Nach NIS2 muss die Leitung die Sicherheitsmaßnahmen genehmigen und an einer Schulung teilnehmen. Sie müssen sich über Safeonweb@work beim ZCB registrieren und erhebliche Sicherheitsvorfälle melden: eine Frühwarnung innerhalb von 24 Stunden, eine Meldung innerhalb von 72 Stunden und einen Abschlussbericht innerhalb eines Monats. Ihr Maßnahmenplan enthält diese Pflichten.
nis2-not-legal-advice = Dies ist ein erster Hinweis, keine Rechtsberatung. Machen Sie den offiziellen Test des ZCB, um sicher zu sein.
target-headline = Streben Sie CyberFundamentals { $level } an.
target-headline-likely = Ihr voraussichtliches Niveau: CyberFundamentals { $level }.
target-why-nis2 = Dieses Niveau passt meist zu Ihrer wahrscheinlichen Einstufung nach NIS2. Das CyFun-Auswahlwerkzeug des ZCB hilft Ihnen, das Niveau anhand der Risiken Ihres Sektors und der Größe Ihrer Organisation zu wählen, und kann auf ein anderes Niveau hinweisen: Prüfen Sie es damit. Eine CyberFundamentals-Verifizierung oder -Zertifizierung begründet eine Konformitätsvermutung nach NIS2.
target-why-micro = Für eine sehr kleine Organisation ohne sensible Daten oder Kundenanforderungen ist das Niveau Small ein guter Anfang. Wenn Sie wachsen, streben Sie BASIC an.
target-why-baseline = BASIC ist der Grundschutz, den das ZCB jeder Organisation empfiehlt, und das, was Organisationen, die unter NIS2 fallen, von ihren Lieferanten verlangen.
target-why-unclear = Solange unklar ist, ob NIS2 für Sie gilt, beginnen Sie mit BASIC: Jedes höhere Niveau baut darauf auf.
method-scoring-title = Wie wir bewerten
method-scoring1 = Jede beantwortete Frage erhält eine Punktzahl von 0 bis 100: „ja“ 100, „teilweise“ 50, „nein“ 0. „Weiß ich nicht“ zählt als 0, denn was Sie nicht wissen, ist nicht geregelt. Diese Antwort fügt Ihrem Plan außerdem die Maßnahme „Klären Sie die Fragen, die Sie mit ‚weiß ich nicht‘ beantwortet haben“ hinzu.
method-scoring2 = „Trifft nicht zu“, Fragen, die für Sie nicht gelten, und unbeantwortete Fragen zählen nicht. Die Punktzahl eines Bereichs ist der gewichtete Durchschnitt seiner Fragen (Gewicht 1 bis 5); die Gesamtpunktzahl ist der Durchschnitt der CheckUps.
method-scoring3 = Die Stufe je Bereich orientiert sich an CyberFundamentals: 1 unter 20, 2 unter 40, 3 unter 60, 4 unter 80, 5 ab 80. Das Urteil zu BASIC ist die eigene Lesart des CheckUp, angelehnt an die Regel des ZCB, dass jede Schlüsselmaßnahme erfüllt sein muss: Jede der 13 Schlüsselmaßnahmen gilt erst als umgesetzt, wenn jede Frage dazu die beste Antwort erhält (oder „Trifft nicht zu“, wo die Frage das erlaubt). „Fast überall“ und „teilweise“ lassen eine Lücke. Die Sicherheitspunktzahl steht daneben, entscheidet aber nicht.
method-scoring4 = Der Maßnahmenplan stellt Schlüsselmaßnahmen und gesetzliche Pflichten an den Anfang, danach die Maßnahmen mit der größten Wirkung für den geringsten Aufwand. Jede Maßnahme bekommt einen Zeitpunkt: diese Woche (schnelle Erfolge: große Wirkung, einige Stunden Arbeit, geringe Kosten), diesen Monat (offene Schlüsselmaßnahmen und gesetzliche Pflichten), dieses Quartal oder später. Jeder Zeitpunkt enthält nur so viel, wie eine Organisation Ihrer Größe schaffen kann; was nicht passt, rückt weiter, und der Plan sagt warum. Gesetzliche Pflichten und NIS2-Pflichten bleiben immer innerhalb dieses Monats, wie viele es auch sind; die Schlüsselmaßnahmen ebenso, sobald Sie CyberFundamentals BASIC oder höher anstreben. Für eine Kleinstorganisation, die Small anstrebt, ist BASIC der nächste Schritt: Dessen Schlüsselmaßnahmen kommen zuerst, aber nur so viele, wie sie schaffen kann.
method-sources-title = Quellen
method-sources-gdpr = Die DSGVO: Verordnung (EU) 2016/679, mit dem belgischen Rahmengesetz vom 30. Juli 2018, dem Kameragesetz vom 21. März 2007 und den Regeln zu Cookies und Direktwerbung. Jede Frage nennt die Artikel, auf denen sie beruht.
method-sources-cyfun = CyberFundamentals (CyFun®), Version 2025, Niveau BASIC: © Zentrum für Cybersicherheit Belgien (ZCB). Der CheckUp verwendet nur die Nummern der Anforderungen und stellt eigene Fragen in einfacher Sprache, ohne kommerziellen Zweck und mit Quellenangabe. Das ZCB hat den CheckUp nicht validiert.
method-sources-guides = Die Maßnahmen verweisen auf kostenlose belgische Hilfsangebote: Safeonweb und Safeonweb@work (ZCB), CERT.be, die Datenschutzbehörde und die Cyber Security Coalition.
method-privacy-title = Ihr Datenschutz
method-privacy = Der CheckUp läuft vollständig in Ihrem Browser. Ihre Antworten werden nirgendwohin gesendet, sondern bleiben in Ihrem Browser und in den Dateien, die Sie selbst speichern.
method-disclaimer-title = Haftungsausschluss
disclaimer = Der CheckUp ist eine unabhängige Selbstbewertung. Er ist kein Audit, keine Zertifizierung und keine Rechtsberatung und wurde weder vom ZCB noch von der Datenschutzbehörde anerkannt. Das Ergebnis hängt von Ihren eigenen Antworten ab.
ref-law = Art. { $article } { $law }
key-measures-count = Umgesetzte Schlüsselmaßnahmen: { $n } von 13
cyfun-gaps-basic = BASIC verlangt alle 13 Schlüsselmaßnahmen: Die fehlenden stehen unten.
cyfun-gaps-small = Diese Schlüsselmaßnahmen sind die Grundlage eines guten Schutzes; BASIC, das alle 13 verlangt, ist der nächste Schritt.
cyfun-gaps-higher = BASIC, der erste Schritt zu CyberFundamentals { $level }, verlangt alle 13 Schlüsselmaßnahmen.
cyfun-higher-important = Der CheckUp misst den BASIC-Teil, den ersten Schritt. CyberFundamentals IMPORTANT fügt Anforderungen gegen gezielte Angriffe hinzu. Machen Sie dafür die Selbstbewertung des ZCB.
cyfun-higher-essential = Der CheckUp misst den BASIC-Teil, den ersten Schritt. CyberFundamentals ESSENTIAL fügt Anforderungen gegen gezielte und fortgeschrittene Angriffe hinzu. Machen Sie dafür die Selbstbewertung des ZCB.
cyfun-score-info = Ihre Sicherheitspunktzahl ist { $score } von 100. Sie zeigt, wo Sie über alle Fragen stehen, entscheidet aber nicht über BASIC.
measure-in-place = Umgesetzt
measure-gap = Braucht Arbeit
measure-unknown = Noch nicht beantwortet
key-measures-missing = Noch nicht umgesetzte Schlüsselmaßnahmen
show-questions = Fragen anzeigen
km-id-am082 = Sicherheitsupdates
km-pr-aa011 = Persönliche Konten und Passwörter
km-pr-aa032 = MFA für Fernzugriff und E-Mail
km-pr-aa051 = Zugriffsrechte verwaltet und überprüft
km-pr-aa052 = Wer worauf Zugriff braucht
km-pr-aa053 = Nur die Zugriffe, die die Arbeit braucht
km-pr-aa054 = Keine Administratorrechte für die tägliche Arbeit
km-pr-ds111 = Sicherungen auf einem getrennten System
km-pr-ps041 = Protokolle geführt und überwacht
km-pr-ir011 = Firewalls installiert und gepflegt
km-pr-ir012 = Netzwerksegmentierung
km-de-cm012 = Virenschutz installiert und aktuell
km-de-ae031 = Sicherheitsprotokolle ausgewertet
nis2-why-essential-any-size = Sie erbringen qualifizierte Vertrauensdienste, eine Registry für eine Top-Level-Domain oder DNS-Dienste für andere: NIS2 macht daraus wesentliche Einrichtungen, unabhängig von der Größe (NIS2-Richtlinie, Art. 3).
nis2-why-telecom-medium-or-large = Sie erbringen ein öffentliches elektronisches Kommunikationsnetz oder einen öffentlich zugänglichen elektronischen Kommunikationsdienst, und Ihre Organisation ist mindestens mittelgroß: Damit ist sie eine wesentliche Einrichtung (NIS2-Richtlinie, Art. 3).
nis2-why-telecom-small = Sie erbringen ein öffentliches elektronisches Kommunikationsnetz oder einen öffentlich zugänglichen elektronischen Kommunikationsdienst. NIS2 gilt dafür unabhängig von der Größe; ein kleiner Anbieter ist eine wichtige Einrichtung (NIS2-Richtlinie, Art. 2 und 3).
nis2-why-trust-service = Sie erbringen nicht qualifizierte Vertrauensdienste. NIS2 gilt dafür unabhängig von der Größe; solange Ihre Organisation nicht groß ist, ist sie eine wichtige Einrichtung (NIS2-Richtlinie, Art. 2 und 3).
nis2-why-special-unknown = Sie haben nicht angegeben, ob Sie Telekommunikations-, Vertrauens- oder DNS-Dienste für andere erbringen. NIS2 gilt dafür unabhängig von der Größe.
nis2-why-group = Ihre Organisation gehört zu einer Gruppe, oder Sie wissen es nicht sicher. Dann zählen die Zahlen der Partner- und verbundenen Unternehmen mit (Empfehlung 2003/361/EG, Anhang, Art. 3 und 6), und Ihre eigenen Zahlen reichen nicht aus. Geben Sie die Größe der Gruppe an oder fragen Sie Ihren Buchhalter. Das ZCB berücksichtigt, wie unabhängig Ihre Netz- und Informationssysteme von denen der Gruppe sind (belgisches NIS2-Gesetz, Art. 3 § 2).
nis2-why-group-size = Dieser Hinweis verwendet die Größe Ihrer Gruppe, wie es die europäische Definition vorsieht.
nis2-why-at-least-important = Wie auch immer die fehlenden Antworten lauten: Ihre Organisation fällt unter NIS2, mindestens als wichtige Einrichtung.
nis2-pointer-dora = Für Banken und andere Finanzunternehmen legt die DORA-Verordnung (Verordnung (EU) 2022/2554) die Regeln für Sicherheit und Meldung von Vorfällen fest. Wo sie das tut, treten die NIS2-Regeln zurück (NIS2-Richtlinie, Art. 4).
nis2-pointer-cra = Stellen Sie Hardware oder Software her, die sich mit einem Gerät oder Netz verbindet und in der EU verkauft wird? Dann gilt für diese Produkte die Cyberresilienz-Verordnung (Verordnung (EU) 2024/2847): Ab dem 11. September 2026 müssen Sie aktiv ausgenutzte Schwachstellen und schwerwiegende Vorfälle melden (Art. 14).
nis2-duties-essential = Als wesentliche Einrichtung brauchen Sie außerdem eine regelmäßige Konformitätsbewertung: eine Zertifizierung nach CyberFundamentals oder ISO/IEC 27001 durch eine akkreditierte Stelle oder eine Inspektion durch das ZCB.
method-scoring5 = Dies ist keine CyFun-Bewertung. Im Selbstbewertungswerkzeug des ZCB erhält jede Anforderung zwei Werte, für die Dokumentation und für die Umsetzung, auf einer Reifegradskala von 1 bis 5; die Durchschnitte und jede Schlüsselmaßnahme werden mit den Schwellen des Konformitätsbewertungsprogramms des ZCB verglichen. Nur eine akkreditierte Konformitätsbewertungsstelle kann das Ergebnis verifizieren oder zertifizieren.

### The plan in time, who does it, and what to ask.

l-when = Wann
l-situation = Ihre Lage auf einer Seite
l-plan-soon = Diese Woche und diesen Monat
l-plan-rest = Der Rest des Plans
l-sources = Quellen
l-other-platforms = Schritte für andere Plattformen
horizon-this-week = Diese Woche
horizon-this-month = Diesen Monat
horizon-this-quarter = Dieses Quartal
horizon-later = Später
horizon-total = { $actions ->
        [one] { $actions } Maßnahme
       *[other] { $actions } Maßnahmen
    }, etwa { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } Arbeit
horizon-done = ({ $done } erledigt)
horizon-moved-full = { $wanted ->
        [this_week] Später eingeplant: Diese Woche ist für eine Organisation Ihrer Größe schon voll.
        [this_month] Später eingeplant: Dieser Monat ist für eine Organisation Ihrer Größe schon voll.
       *[other] Später eingeplant: Dieses Quartal ist für eine Organisation Ihrer Größe schon voll.
    }
horizon-moved-after = Kommt nach „{ $action }“, das zuerst erledigt sein muss.
horizon-moved-needed = Vorgezogen: „{ $action }“ setzt dies voraus.
hours-about = etwa { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }
help-specialist = Braucht Fachwissen: Fehlt es in Ihrer Organisation, lassen Sie es von einem IT-Unternehmen erledigen oder prüfen.
plan-document-ready = Ein Entwurf, mit Ihren Antworten ausgefüllt, liegt im CheckUp unter „Ihre Dokumente“ bereit: { $document }.
platform-m365 = In Microsoft 365
platform-google = In Google Workspace oder Gmail
platform-site-builder = In Ihrem Website-Baukasten (Wix, Squarespace, Jimdo…)
platform-cms = In WordPress oder einem ähnlichen System
platform-shop-platform = In Ihrer Webshop-Plattform (Shopify, Lightspeed…)
assignee-owner = Sie (Geschäftsführung)
assignee-it-provider = Ihr IT-Dienstleister
assignee-it-staff = Ihre IT-Mitarbeiter
assignee-it-staff-or-provider = Ihre IT-Mitarbeiter oder Ihr IT-Dienstleister
assignee-own-it = Sie oder die Person, die sich um Ihre Computer kümmert
assignee-it-unknown = Wer sich um Ihre IT kümmert
assignee-accountant = Ihr Buchhalter
assignee-payroll = Ihr Sozialsekretariat
assignee-legal = Ein Jurist oder Datenschutzberater
assignee-all-staff = Alle Beschäftigten
ask-title = Was Sie wen fragen sollten
ask-intro = Auf diese Fragen haben Sie „Weiß ich nicht“ geantwortet. Fragen Sie die Personen unten: Mit ihren Antworten sind Ihre Ergebnisse und Ihr Plan vollständig. Jede Liste passt in eine E-Mail.
ask-you-means = In diesen Fragen steht „Sie“ für { $organisation }.
ask-answer = Antwort:
ask-owner = Selbst klären
ask-it-provider = Ihren IT-Dienstleister fragen
ask-it-staff = Ihre IT-Mitarbeiter fragen
ask-it-staff-or-provider = Ihre IT-Mitarbeiter oder Ihren IT-Dienstleister fragen
ask-own-it = Die Person fragen, die sich um Ihre Computer kümmert
ask-it-unknown = Fragen, wer sich um Ihre IT kümmert
ask-accountant = Ihren Buchhalter fragen
ask-payroll = Ihr Sozialsekretariat fragen
ask-legal = Einen Juristen oder Datenschutzberater fragen
ask-all-staff = Ihre Beschäftigten fragen
must-fix-open = { $count ->
        [0] Keine gesetzliche Pflicht offen
        [one] { $count } gesetzliche Pflicht offen
       *[other] { $count } gesetzliche Pflichten offen
    }
must-fix-open-label = Offen
score-explain = Ein Wert zeigt, wie viel von dem, was der CheckUp abfragt, umgesetzt ist: 100 bedeutet alles, 0 nichts. Er gewichtet Ihre Antworten; er ist keine Note im Vergleich mit anderen Organisationen.
score-legend = Grün: 80 oder mehr, weitgehend umgesetzt. Orange: 50 bis 79, teilweise umgesetzt. Rot: unter 50, noch viel zu tun. Die gestrichelte Linie markiert 80, ab dort wird ein Balken grün.
score-dont-know = { $count ->
        [one] { $count } Antwort lautet „Weiß ich nicht“: Sie zählt als nicht umgesetzt, bis Sie es geklärt haben. Ihr Plan sagt, was Sie wen fragen sollten.
       *[other] { $count } Antworten lauten „Weiß ich nicht“: Sie zählen als nicht umgesetzt, bis Sie es geklärt haben. Ihr Plan sagt, was Sie wen fragen sollten.
    }
selection-line = Diese Auswahl: { $shown } von { $total ->
        [one] { $total } Maßnahme
       *[other] { $total } Maßnahmen
    }
full-report-note = Der vollständige Bericht enthält zusätzlich jede Maßnahme im Detail mit Lesetipps, die Feststellungen je Bereich und alle Ihre Antworten.
# Between a label and its value ("Who: …"); French puts a no-break space before the colon.
colon = :{" "}
# A word in the full report's file name (…-vollständig.pdf).
file-full = vollständig
