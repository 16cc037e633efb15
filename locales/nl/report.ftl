### The report: results page, plan page, PDF and CSV.

report-title = CheckUp: privacy en cyberveiligheid
report-subtitle = Uw resultaten en uw persoonlijke actieplan
your-organisation = Uw organisatie
progress-line = { $answered } van { $total ->
        [one] { $total } vraag
       *[other] { $total } vragen
    } beantwoord
not-answered = Niet beantwoord
not-scored-yet = Nog geen score
reason-line = { $question } Uw antwoord: { $answer }.
ref-gdpr = art. { $article } AVG
ref-cyfun = CyFun® { $id }
# A date in words: { $day } 1-31, { $month } 1-12, { $year }.
long-date = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
compare-title = Vooruitgang sinds { $date }
compare-title-named = Vooruitgang sinds { $date } ({ $label })
l-then = Toen
l-now = Nu
l-change = Verschil
l-completed-since = Sindsdien afgerond
l-rounds = Totaalscore per ronde
l-summary = Samenvatting
l-overall = Totaalscore
l-scores = Scores per onderdeel
l-section = Onderdeel
l-score = Score
l-level = Niveau
l-answered = Beantwoord
l-start-this-week = Begin deze week
l-action-plan = Actieplan
l-priority = Prioriteit
l-action = Actie
l-why = Waarom
l-how = Hoe
l-who = Wie
l-effort = Inspanning
l-cost = Kosten
l-owner = Verantwoordelijke
l-due = Einddatum
l-status = Status
l-note = Notitie
l-because = Aanleiding
l-references = Gebaseerd op
l-findings = Bevindingen per onderdeel
l-reading-tips = Leestips
l-appendix = Bijlage: al uw antwoorden
l-method = Methode, bronnen en voorbehoud
l-page = Pagina { $page } van { $pages }
l-key-measure = Kernmaatregel
l-must-fix = Wettelijk verplicht
l-no-actions = Geen acties: op basis van uw antwoorden is er niets dringends te doen.
l-date = Datum
l-contents = Inhoud
l-cyfun = CyberFundamentals BASIC
l-gdpr = Basis van de AVG
l-nis2 = NIS2
l-target = Uw doelniveau
who-line = { $actions ->
        [one] { $actions } actie
       *[other] { $actions } acties
    }, waarvan { $high } met hoge prioriteit
l-by-who = Wie doet wat?
priority-high = Hoog
priority-medium = Gemiddeld
priority-low = Laag
who-owner = Zaakvoerder of directie
who-it = IT-leverancier
who-accountant = Boekhouder
who-payroll = Sociaal secretariaat
who-legal = Jurist of privacyadviseur
who-all-staff = Alle medewerkers
effort-hours = Enkele uren
effort-days = Enkele dagen
effort-weeks = Weken (een project)
effort-phrase = { $effort ->
        [hours] enkele uren
        [days] enkele dagen
       *[other] weken (een project)
    }
cost-free = Gratis (alleen tijd)
cost-low = Minder dan 500 euro
cost-medium = 500 tot 5.000 euro
cost-high = Meer dan 5.000 euro
status-todo = Te doen
status-doing = Bezig
status-done = Afgerond
level1 = 1 – Beginnend
level2 = 2 – Herhaalbaar
level3 = 3 – Vastgelegd
level4 = 4 – Beheerst
level5 = 5 – Geoptimaliseerd
cyfun-reached = Uw kernmaatregelen zijn op orde en uw beveiligingsscore haalt de drempel: u haalt het niveau CyberFundamentals BASIC.
cyfun-blocked = Nog niet op het niveau BASIC: { $count ->
        [one] { $count } kernmaatregel moet eerst in orde komen.
       *[other] { $count } kernmaatregelen moeten eerst in orde komen.
    }
cyfun-score-low = Uw beveiligingsscore ({ $score }) ligt onder de drempel van 60 voor BASIC.
cyfun-incomplete = Beantwoord alle vragen over beveiliging om te zien of u het niveau BASIC haalt.
cyfun-explain = CyberFundamentals is het raamwerk van het Centrum voor Cybersecurity België. Voor BASIC moet elke kernmaatregel op orde zijn: een zwakke kernmaatregel kan niet worden goedgemaakt door andere goede antwoorden.
key-measures-unanswered = { $count ->
        [one] { $count } kernmaatregel is nog niet beantwoord.
       *[other] { $count } kernmaatregelen zijn nog niet beantwoord.
    }
gdpr-reached = Geen dringende tekortkomingen bij uw wettelijke verplichtingen: de basis van de AVG is bij u in orde.
gdpr-must-fix = { $count ->
        [one] { $count } wettelijke verplichting moet eerst in orde komen.
       *[other] { $count } wettelijke verplichtingen moeten eerst in orde komen.
    }
gdpr-incomplete = Beantwoord alle vragen over de AVG om uw wettelijke verplichtingen te zien.
gdpr-explain = Sommige punten zijn niet alleen een goede gewoonte, maar een wettelijke plicht uit de AVG. De GBA kan ze controleren; zet ze bovenaan uw lijst.
must-fix-unanswered = { $count ->
        [one] { $count } wettelijke verplichting is nog niet beantwoord.
       *[other] { $count } wettelijke verplichtingen zijn nog niet beantwoord.
    }
nis2-essential = Uw organisatie valt waarschijnlijk onder NIS2, als essentiële entiteit.
nis2-important = Uw organisatie valt waarschijnlijk onder NIS2, als belangrijke entiteit.
nis2-out = Uw organisatie valt waarschijnlijk niet onder NIS2.
nis2-unclear = Uit uw antwoorden blijkt niet duidelijk of NIS2 voor u geldt.
nis2-why-regardless = U levert telecom-, DNS-, topleveldomein- of vertrouwensdiensten: daarvoor geldt NIS2 ongeacht de grootte.
nis2-why-annex-i-large = U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is groot (250 of meer medewerkers, of meer dan 50 miljoen euro omzet en een balanstotaal boven 43 miljoen euro).
nis2-why-annex-i-medium = U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is middelgroot (50 of meer medewerkers, of omzet en balanstotaal boven 10 miljoen euro).
nis2-why-annex-i-i = U werkt in een andere kritieke sector (bijlage II) en uw organisatie is middelgroot of groot.
nis2-why-too-small = U werkt in een NIS2-sector, maar uw organisatie blijft onder de drempels (minder dan 50 medewerkers en niet zowel omzet als balanstotaal boven 10 miljoen euro).
nis2-why-no-sector = U levert geen diensten in de sectoren van NIS2.
nis2-why-sector-unknown = U gaf niet aan of u diensten levert in een NIS2-sector.
nis2-why-size-unknown = U werkt in een NIS2-sector, maar uw omzet of balanstotaal is niet gekend; vraag het uw boekhouder.
nis2-why-public-body = Voor overheidsdiensten bepaalt de Belgische wet zelf welke besturen eronder vallen. Vraag het na bij het CCB.
nis2-supplier = Let op: bedrijven die wel onder NIS2 vallen, moeten hun leveranciers beoordelen. Ze vragen vaak dat u minstens CyberFundamentals BASIC haalt.
nis2-duties = Onder NIS2 moet u zich registreren bij het CCB, passende beveiligingsmaatregelen nemen en significante incidenten melden: een vroegtijdige waarschuwing binnen 24 uur, een incidentmelding binnen 72 uur en een eindverslag binnen een maand.
nis2-not-legal-advice = Dit is een eerste aanwijzing, geen juridisch advies. Doe de officiële scopetest van het CCB om zeker te zijn.
target-headline = Mik op CyberFundamentals { $level }.
target-why-nis2 = Dit niveau past bij uw waarschijnlijke status onder NIS2; het CCB aanvaardt CyberFundamentals als manier om aan NIS2 te voldoen.
target-why-micro = Voor een heel kleine organisatie zonder gevoelige gegevens of eisen van klanten is het niveau Small een goed begin. Groeit u, mik dan op BASIC.
target-why-baseline = BASIC is de basisbescherming die het CCB elke organisatie aanraadt, en wat klanten die onder NIS2 vallen van hun leveranciers vragen.
target-why-unclear = Zolang niet duidelijk is of NIS2 voor u geldt, is BASIC een veilig doel.
method-scoring-title = Hoe we scoren
method-scoring1 = Elke beantwoorde vraag krijgt een score van 0 tot 100: “ja” 100, “gedeeltelijk” 50, “nee” 0. “Weet ik niet” telt als 0, want wat u niet weet, is niet geregeld. Zo’n antwoord zet ook de actie “Zoek uit waarop u ‘weet ik niet’ antwoordde” in uw plan.
method-scoring2 = “Niet van toepassing”, vragen die voor u niet gelden en onbeantwoorde vragen tellen niet mee. De score van een onderdeel is het gewogen gemiddelde van zijn vragen (gewicht 1 tot 5); de totaalscore is het gemiddelde van de CheckUps.
method-scoring3 = Het niveau per onderdeel is gebaseerd op de aanpak van CyberFundamentals: 1 onder 20, 2 onder 40, 3 onder 60, 4 onder 80, 5 vanaf 80. Voor BASIC moet elke kernmaatregel minstens 75 halen en de beveiligingsscore minstens 60; één zwakke kernmaatregel houdt BASIC tegen, hoe hoog het gemiddelde ook is.
method-scoring4 = Het actieplan zet kernmaatregelen en wettelijke verplichtingen bovenaan, daarna de acties met het meeste effect voor de minste moeite. “Begin deze week” toont snelle successen: veel effect, enkele uren werk, weinig kosten.
method-sources-title = Bronnen
method-sources-gdpr = De AVG: Verordening (EU) 2016/679, met de Belgische kaderwet van 30 juli 2018, de camerawet van 21 maart 2007 en de regels over cookies en direct marketing. Elke vraag vermeldt de artikels waarop ze steunt.
method-sources-cyfun = CyberFundamentals (CyFun®), versie 2025, niveau BASIC: © Centrum voor Cybersecurity België (CCB). De CheckUp gebruikt alleen de nummers van de eisen en stelt eigen vragen in eenvoudige taal, zonder commercieel doel en met bronvermelding. Het CCB heeft de CheckUp niet gevalideerd.
method-sources-guides = De acties verwijzen naar gratis Belgische hulp en informatie: Safeonweb en Safeonweb@work (CCB), CERT.be, de Gegevensbeschermingsautoriteit en de Cyber Security Coalition.
method-privacy-title = Uw privacy
method-privacy = De CheckUp werkt volledig in uw browser. Uw antwoorden worden nergens naartoe gestuurd: ze staan alleen in uw browser en in de bestanden die u zelf bewaart.
method-disclaimer-title = Voorbehoud
disclaimer = De CheckUp is een onafhankelijke zelfevaluatie: geen audit, geen certificering en geen juridisch advies. Hij is niet goedgekeurd door het CCB of de GBA. Het resultaat hangt af van uw eigen antwoorden.
