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
month-year = { $month ->
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
l-owner = Verantwoordelijke persoon
l-due = Einddatum
l-overdue = te laat
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
l-nis2-duty = NIS2-plicht
l-target = Uw doelniveau
who-line = { $actions ->
        [one] { $actions } actie
       *[other] { $actions } acties
    }, ongeveer { $hours } uur werk
who-owners-part = ({ $assigned } van { $total ->
        [one] { $total } actie
       *[other] { $total } acties
    })
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
level1 = 1 – Weinig op orde
level2 = 2 – Iets op orde
level3 = 3 – Deels op orde
level4 = 4 – Grotendeels op orde
level5 = 5 – Bijna alles op orde
cyfun-reached = Alle 13 kernmaatregelen zijn op orde: volgens de CheckUp is de kern van CyberFundamentals BASIC aanwezig.
cyfun-blocked = Nog niet op het niveau BASIC: { $count ->
        [one] { $count } kernmaatregel moet eerst in orde komen.
       *[other] { $count } kernmaatregelen moeten eerst in orde komen.
    }
cyfun-score-low = Uw beveiligingsscore ({ $score }) ligt onder de drempel van 60 voor BASIC.
cyfun-incomplete = Kernmaatregelen op orde tot nu toe: { $n } van de 13. Beantwoord de resterende beveiligingsvragen voor het volledige beeld.
cyfun-explain = CyberFundamentals is het raamwerk van het Centrum voor Cybersecurity België (CCB). Het CCB eist dat elke kernmaatregel van een niveau gehaald wordt. Dit oordeel is de eigen lezing van de CheckUp, geen CyFun-beoordeling: een kernmaatregel telt pas als op orde wanneer elke vraag erover het beste antwoord krijgt (“ja” of “ja, overal”). “Bijna overal” of “gedeeltelijk” laat een tekort, en een goed antwoord elders maakt dat niet goed.
key-measures-unanswered = { $count ->
        [one] Eén kernmaatregel is nog niet beantwoord.
       *[other] { $count } kernmaatregelen zijn nog niet beantwoord.
    }
gdpr-reached = Geen dringende tekortkomingen bij uw wettelijke verplichtingen: de basis van de AVG is bij u in orde.
gdpr-not-met = Nog niet aan alle wettelijke verplichtingen is voldaan: pak ze eerst aan.
gdpr-incomplete = Beantwoord alle vragen over de AVG om uw wettelijke verplichtingen te zien.
gdpr-explain = Sommige punten zijn niet alleen een goede gewoonte, maar een wettelijke plicht, uit de AVG of een Belgische wet die erbij hoort (voor cookies, direct marketing, camera's of gevoelige gegevens); bij elk punt staat de bepaling waarop het steunt. Zet ze bovenaan uw lijst.
must-fix-unanswered = { $count ->
        [one] { $count } wettelijke verplichting is nog niet beantwoord.
       *[other] { $count } wettelijke verplichtingen zijn nog niet beantwoord.
    }
gdpr-no-personal-data = U antwoordde dat uw organisatie geen persoonsgegevens bijhoudt. Daarom zijn de vragen over uw eigen bestanden weggelaten.
gdpr-no-personal-data-check = Ook een lijst met namen van klanten of een contactpersoon bij een klant telt mee: houdt u zoiets bij, pas dan uw antwoord aan bij “Uw gegevens”, en die vragen komen terug.
gdpr-nobody-contradicted = { $reason ->
        [staff] U hebt geantwoord dat uw organisatie over niemand gegevens bijhoudt, maar ze heeft 10 of meer medewerkers, en hun gegevens zijn persoonsgegevens. Daarom worden de vragen over uw eigen bestanden toch gesteld.
        [cameras] U hebt geantwoord dat uw organisatie over niemand gegevens bijhoudt, maar uw camera's filmen mensen, en die beelden zijn persoonsgegevens. Daarom worden de vragen over uw eigen bestanden toch gesteld.
        [sensitive] U hebt geantwoord dat uw organisatie over niemand gegevens bijhoudt, maar u verwerkt gevoelige gegevens over mensen. Daarom worden de vragen over uw eigen bestanden toch gesteld.
        [webshop] U hebt geantwoord dat uw organisatie over niemand gegevens bijhoudt, maar uw webshop bewaart de namen en adressen van uw klanten. Daarom worden de vragen over uw eigen bestanden toch gesteld.
       *[open] U hebt geantwoord dat uw organisatie over niemand gegevens bijhoudt, maar andere vragen die op persoonsgegevens kunnen wijzen, zijn nog niet beantwoord. Daarom worden de vragen over uw eigen bestanden toch gesteld.
    }
gdpr-in-full = Uw antwoorden in de snelle CheckUp tonen geen wettelijke verplichting waaraan niet voldaan is, maar sommige verplichtingen die voor u gelden, komen pas in de volledige CheckUp aan bod.
must-fix-in-full = { $count ->
        [one] Eén wettelijke verplichting die voor u geldt, komt pas in de volledige CheckUp aan bod.
       *[other] { $count } wettelijke verplichtingen die voor u gelden, komen pas in de volledige CheckUp aan bod.
    }
nis2-essential = Uw organisatie valt waarschijnlijk onder NIS2, als essentiële entiteit.
nis2-important = Uw organisatie valt waarschijnlijk onder NIS2, als belangrijke entiteit.
nis2-out = Uw organisatie valt waarschijnlijk niet onder NIS2.
nis2-unclear = Uit uw antwoorden blijkt niet duidelijk of NIS2 voor u geldt.
nis2-at-least-important = Uw organisatie valt waarschijnlijk onder NIS2, minstens als belangrijke entiteit; of ze een essentiële entiteit is, hangt af van de vragen die nog openstaan.
nis2-why-regardless = U levert telecom-, DNS-, topleveldomein- of vertrouwensdiensten: daarvoor geldt NIS2 ongeacht de grootte.
nis2-why-annex-i-large = U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is groot: 250 of meer medewerkers, of zowel een omzet boven 50 miljoen euro als een balanstotaal boven 43 miljoen euro.
nis2-why-annex-i-medium = U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is middelgroot: 50 tot 249 medewerkers, of zowel omzet als balanstotaal boven 10 miljoen euro, zonder groot te zijn.
nis2-why-annex-i-i = U werkt in een andere kritieke sector (bijlage II) en uw organisatie is middelgroot of groot.
nis2-why-too-small = Uw organisatie is klein volgens de Europese definitie: minder dan 50 medewerkers, en een omzet of een balanstotaal van hoogstens 10 miljoen euro. Bij die grootte geldt NIS2 alleen voor enkele digitale diensten, zoals openbare telecom, vertrouwensdiensten en DNS.
nis2-why-no-sector = U werkt niet in een van de sectoren die de bijlagen van NIS2 opsommen.
nis2-why-sector-unknown = Uw sector is nog niet gekend. Daarvan hangt af of NIS2 voor u geldt.
nis2-why-size-unknown = Uw aantal medewerkers, omzet of balanstotaal is niet precies genoeg gekend om uw grootte te bepalen. Vraag het uw boekhouder.
nis2-why-size-figures = Zonder { $figures } valt uw grootte niet met zekerheid te bepalen. Vraag het uw boekhouder.
nis2-figures-two = { $first } en { $second }
nis2-figure-staff = uw aantal medewerkers
nis2-figure-turnover = uw jaaromzet
nis2-figure-balance = uw balanstotaal
nis2-why-public-body = Voor overheden geldt de Belgische NIS2-wet voor het openbaar bestuur van de federale staat en van de gemeenschappen en gewesten. Lokale besturen, zoals gemeenten, OCMW's en intercommunales, vallen er alleen onder als ze een activiteit uit de bijlagen uitoefenen en groot genoeg zijn, of als het CCB hen aanwijst. Die aanwijzing beslist: vraag het na bij het CCB.
nis2-supplier = Let op: organisaties die onder NIS2 vallen, moeten ook de beveiliging bij hun leveranciers opvolgen. Het CCB raadt hen aan om van belangrijke leveranciers minstens CyberFundamentals BASIC te vragen.
nis2-supplier-asked = Uw klanten vragen al naar uw beveiliging: wie onder NIS2 valt, zal u waarschijnlijk om CyberFundamentals BASIC vragen, het niveau dat deze CheckUp meet.
nis2-duties = Onder NIS2 moet het bestuur de beveiligingsmaatregelen goedkeuren en een opleiding volgen. U moet zich registreren bij het CCB via Safeonweb@work en significante incidenten melden: een vroegtijdige waarschuwing binnen 24 uur, een incidentmelding binnen 72 uur en een eindverslag binnen een maand. Uw actieplan bevat deze plichten.
nis2-not-legal-advice = Dit is een eerste aanwijzing, geen juridisch advies. Doe de officiële scopetest van het CCB om zeker te zijn.
target-headline = Mik op CyberFundamentals { $level }.
target-headline-likely = Uw waarschijnlijke niveau: CyberFundamentals { $level }.
target-why-nis2 = Dit niveau hoort meestal bij uw waarschijnlijke NIS2-status. De CyFun-selectietool van het CCB helpt u het niveau te kiezen op basis van de risico's van uw sector en de grootte van uw organisatie, en kan een ander niveau aanwijzen: controleer het daarmee. Een CyberFundamentals-verificatie of -certificering geeft een vermoeden van conformiteit met NIS2.
target-why-micro = Voor een heel kleine organisatie zonder gevoelige gegevens of eisen van klanten is het niveau Small een goed begin. Groeit u, mik dan op BASIC.
target-why-baseline = BASIC is de basisbescherming die het CCB elke organisatie aanraadt, en wat organisaties onder NIS2 van hun leveranciers vragen.
target-why-unclear = Zolang niet duidelijk is of NIS2 voor u geldt, begint u met BASIC: elk hoger niveau bouwt erop voort.
method-scoring-title = Hoe we scoren
method-scoring1 = Elke beantwoorde vraag krijgt een score van 0 tot 100: “ja” 100, “gedeeltelijk” 50, “nee” 0. “Weet ik niet” telt als 0, want wat u niet weet, is niet geregeld. Zo’n antwoord zet ook de actie “Zoek uit waarop u ‘weet ik niet’ antwoordde” in uw plan.
method-scoring2 = “Niet van toepassing”, vragen die voor u niet gelden en onbeantwoorde vragen tellen niet mee. De score van een onderdeel is het gewogen gemiddelde van zijn vragen (gewicht 1 tot 5); de totaalscore is het gemiddelde van de CheckUps.
method-scoring3 = Het niveau per onderdeel is gebaseerd op de aanpak van CyberFundamentals: 1 onder 20, 2 onder 40, 3 onder 60, 4 onder 80, 5 vanaf 80. Het oordeel over BASIC is de eigen lezing van de CheckUp, geïnspireerd door de regel van het CCB dat elke kernmaatregel gehaald moet worden: elk van de 13 kernmaatregelen telt pas als op orde wanneer elke vraag erover het beste antwoord krijgt (of “niet van toepassing” waar de vraag dat toelaat). “Bijna overal” en “gedeeltelijk” laten een tekort. De beveiligingsscore staat ernaast, maar beslist niet.
method-scoring4 = Het actieplan zet kernmaatregelen en wettelijke verplichtingen bovenaan, daarna de acties met het meeste effect voor de minste moeite. Elke actie krijgt een moment: deze week (snelle successen: veel effect, enkele uren werk, weinig kosten), deze maand (kernmaatregelen en wettelijke verplichtingen die nog open zijn), dit kwartaal of later. Elk moment bevat maar zoveel als een organisatie van uw grootte aankan; wat niet past, schuift door, en het plan zegt waarom. Wettelijke verplichtingen en NIS2-plichten blijven altijd binnen deze maand, hoeveel het er ook zijn; de kernmaatregelen ook, zodra u CyberFundamentals BASIC of hoger nastreeft. Voor een micro-organisatie die Small nastreeft, is BASIC de volgende stap: de kernmaatregelen van BASIC komen eerst, maar niet meer dan ze aankan.
method-sources-title = Bronnen
method-sources-gdpr = De AVG: Verordening (EU) 2016/679, met de Belgische kaderwet van 30 juli 2018, de camerawet van 21 maart 2007 en de regels over cookies en direct marketing. Elke vraag vermeldt de artikels waarop ze steunt.
method-sources-cyfun = CyberFundamentals (CyFun®), versie 2025, niveau BASIC: © Centrum voor Cybersecurity België (CCB). De CheckUp gebruikt alleen de nummers van de eisen en stelt eigen vragen in eenvoudige taal, zonder commercieel doel en met bronvermelding. Het CCB heeft de CheckUp niet gevalideerd.
method-sources-guides = De acties verwijzen naar gratis Belgische hulp en informatie: Safeonweb en Safeonweb@work (CCB), CERT.be, de Gegevensbeschermingsautoriteit en de Cyber Security Coalition.
method-privacy-title = Uw privacy
method-privacy = De CheckUp werkt volledig in uw browser. Uw antwoorden worden nergens naartoe gestuurd: ze staan alleen in uw browser en in de bestanden die u zelf bewaart.
method-disclaimer-title = Voorbehoud
disclaimer = De CheckUp is een onafhankelijke zelfevaluatie: geen audit, geen certificering en geen juridisch advies. Hij is niet goedgekeurd door het CCB of de GBA. Het resultaat hangt af van uw eigen antwoorden.
ref-law = art. { $article } { $law }
key-measures-count = Kernmaatregelen op orde: { $n } van de 13
cyfun-gaps-basic = BASIC vraagt alle 13 kernmaatregelen: de ontbrekende staan hieronder.
cyfun-gaps-small = Deze kernmaatregelen zijn de basis van een goede bescherming; BASIC, dat ze alle 13 vraagt, is de volgende stap.
cyfun-gaps-higher = BASIC, de eerste stap naar CyberFundamentals { $level }, vraagt alle 13 kernmaatregelen.
cyfun-higher-important = De CheckUp meet het BASIC-deel, de eerste stap. CyberFundamentals IMPORTANT voegt daar eisen aan toe tegen gerichte aanvallen. Doe daarvoor de zelfevaluatie van het CCB.
cyfun-higher-essential = De CheckUp meet het BASIC-deel, de eerste stap. CyberFundamentals ESSENTIAL voegt daar eisen aan toe tegen gerichte en geavanceerde aanvallen. Doe daarvoor de zelfevaluatie van het CCB.
cyfun-score-info = Uw beveiligingsscore is { $score } op 100. Die toont hoe ver u staat over alle vragen, maar beslist niet over BASIC.
measure-in-place = Op orde
measure-gap = Vraagt werk
measure-unknown = Nog niet beantwoord
key-measures-missing = Kernmaatregelen nog niet op orde
show-questions = Toon de vragen
km-id-am082 = Beveiligingsupdates
km-pr-aa011 = Persoonlijke accounts en wachtwoorden
km-pr-aa032 = MFA voor toegang van buitenaf en e-mail
km-pr-aa051 = Toegangsrechten beheerd en nagekeken
km-pr-aa052 = Wie toegang nodig heeft tot wat
km-pr-aa053 = Alleen de toegang die het werk vraagt
km-pr-aa054 = Geen beheerdersrechten voor dagelijks werk
km-pr-ds111 = Back-ups op een apart systeem
km-pr-ps041 = Logbestanden bijgehouden en opgevolgd
km-pr-ir011 = Firewalls geïnstalleerd en onderhouden
km-pr-ir012 = Netwerksegmentatie
km-de-cm012 = Antimalware geïnstalleerd en bijgewerkt
km-de-ae031 = Beveiligingslogs nagekeken
nis2-why-essential-any-size = U levert gekwalificeerde vertrouwensdiensten, een register voor een topleveldomein of DNS-diensten voor anderen: NIS2 maakt daarvan essentiële entiteiten, ongeacht de grootte (NIS2-richtlijn, art. 3).
nis2-why-telecom-medium-or-large = U levert een openbaar elektronisch communicatienetwerk of een openbare elektronische communicatiedienst, en uw organisatie is minstens middelgroot: daarmee is ze een essentiële entiteit (NIS2-richtlijn, art. 3).
nis2-why-telecom-small = U levert een openbaar elektronisch communicatienetwerk of een openbare elektronische communicatiedienst. NIS2 geldt daarvoor ongeacht de grootte; een kleine aanbieder is een belangrijke entiteit (NIS2-richtlijn, art. 2 en 3).
nis2-why-trust-service = U levert vertrouwensdiensten die niet gekwalificeerd zijn. NIS2 geldt daarvoor ongeacht de grootte; zolang uw organisatie niet groot is, is ze een belangrijke entiteit (NIS2-richtlijn, art. 2 en 3).
nis2-why-special-unknown = U gaf niet aan of u telecom-, vertrouwens- of DNS-diensten aan anderen levert. NIS2 geldt daarvoor ongeacht de grootte.
nis2-why-group = Uw organisatie hoort bij een groep, of u weet het niet zeker. Dan tellen de cijfers van partner- en verbonden ondernemingen mee (aanbeveling 2003/361/EG, bijlage, art. 3 en 6), en volstaan uw eigen cijfers niet. Geef de grootte van de groep op, of vraag het uw boekhouder. Het CCB houdt er rekening mee hoe onafhankelijk uw netwerk- en informatiesystemen zijn van die van de groep (Belgische NIS2-wet, art. 3, § 2).
nis2-why-group-size = Deze aanwijzing gebruikt de grootte van uw groep, zoals de Europese definitie voorschrijft.
nis2-why-at-least-important = Wat de ontbrekende antwoorden ook zijn: uw organisatie valt onder NIS2, minstens als belangrijke entiteit.
nis2-pointer-dora = Voor banken en andere financiële entiteiten legt de DORA-verordening (Verordening (EU) 2022/2554) de regels voor beveiliging en het melden van incidenten vast. Waar ze dat doet, wijken de NIS2-regels daarvoor (NIS2-richtlijn, art. 4).
nis2-pointer-cra = Maakt u hardware of software die met een toestel of netwerk verbonden wordt en in de EU verkocht wordt? Dan geldt voor die producten de Cyberweerbaarheidsverordening (Verordening (EU) 2024/2847): vanaf 11 september 2026 moet u actief misbruikte kwetsbaarheden en ernstige incidenten melden (art. 14).
nis2-duties-essential = Als essentiële entiteit hebt u ook een regelmatige conformiteitsbeoordeling nodig: een certificering volgens CyberFundamentals of ISO/IEC 27001 door een geaccrediteerde instelling, of een inspectie door het CCB.
method-scoring5 = Dit is geen CyFun-beoordeling. In de zelfevaluatietool van het CCB krijgt elke eis twee cijfers, voor documentatie en voor uitvoering, op een schaal van volwassenheid van 1 tot 5; de gemiddelden en elke kernmaatregel worden vergeleken met de drempels uit het conformiteitsbeoordelingsschema van het CCB. Alleen een geaccrediteerde conformiteitsbeoordelingsinstantie kan het resultaat verifiëren of certificeren.

### The plan in time, who does it, and what to ask.

l-when = Wanneer
l-situation = Uw situatie op één pagina
l-plan-soon = Deze week en deze maand
l-plan-rest = De rest van het plan
l-sources = Bronnen
l-other-platforms = Stappen voor andere platformen
horizon-this-week = Deze week
horizon-this-month = Deze maand
horizon-this-quarter = Dit kwartaal
horizon-later = Later
horizon-total = { $actions ->
        [one] { $actions } actie
       *[other] { $actions } acties
    }, ongeveer { $hours } uur werk
horizon-done = ({ $done } afgerond)
horizon-moved-full = { $wanted ->
        [this_week] Later gepland: deze week zit al vol voor een organisatie van uw grootte.
        [this_month] Later gepland: deze maand zit al vol voor een organisatie van uw grootte.
       *[other] Later gepland: dit kwartaal zit al vol voor een organisatie van uw grootte.
    }
horizon-moved-after = Komt na “{ $action }”, dat eerst moet gebeuren.
horizon-moved-needed = Naar voren gehaald: “{ $action }” heeft dit eerst nodig.
hours-about = ongeveer { $hours } uur
help-specialist = Vraagt specialistische kennis: heeft niemand in uw organisatie die, laat het doen of nakijken door een IT-bedrijf.
plan-document-ready = Een ontwerp, ingevuld met uw antwoorden, staat klaar in de CheckUp onder “Uw documenten”: { $document }.
platform-m365 = In Microsoft 365
platform-google = In Google Workspace of Gmail
platform-site-builder = In uw websitebouwer (Wix, Squarespace, Jimdo…)
platform-cms = In WordPress of een gelijkaardig systeem
platform-shop-platform = In uw webwinkelplatform (Shopify, Lightspeed…)
assignee-owner = U (zaakvoerder of directie)
assignee-it-provider = Uw IT-leverancier
assignee-it-staff = Uw IT-medewerkers
assignee-it-staff-or-provider = Uw IT-medewerkers of IT-leverancier
assignee-own-it = U of wie uw computers beheert
assignee-it-unknown = Wie uw IT beheert
assignee-accountant = Uw boekhouder
assignee-payroll = Uw sociaal secretariaat
assignee-legal = Een jurist of privacyadviseur
assignee-all-staff = Alle medewerkers
ask-title = Wat u moet navragen, en bij wie
ask-intro = Op deze vragen antwoordde u “weet ik niet”. Vraag het na bij de mensen hieronder: met hun antwoorden zijn uw resultaten en uw plan volledig. Elke lijst past in één e-mail.
ask-you-means = In deze vragen staat “u” voor { $organisation }.
ask-answer = Antwoord:
ask-owner = Zelf uitzoeken
ask-it-provider = Vraag het aan uw IT-leverancier
ask-it-staff = Vraag het aan uw IT-medewerkers
ask-it-staff-or-provider = Vraag het aan uw IT-medewerkers of IT-leverancier
ask-own-it = Vraag het aan wie uw computers beheert
ask-it-unknown = Vraag het aan wie uw IT beheert
ask-accountant = Vraag het aan uw boekhouder
ask-payroll = Vraag het aan uw sociaal secretariaat
ask-legal = Vraag het aan een jurist of privacyadviseur
ask-all-staff = Vraag het aan uw medewerkers
must-fix-open = { $count ->
        [0] Geen wettelijke verplichtingen meer open
        [one] { $count } wettelijke verplichting nog open
       *[other] { $count } wettelijke verplichtingen nog open
    }
must-fix-open-label = Nog open
score-explain = Een score toont hoeveel van wat de CheckUp vraagt op orde is: 100 betekent alles, 0 niets. De score weegt uw antwoorden; het is geen cijfer in vergelijking met andere organisaties.
score-legend = Groen: 80 of meer, grotendeels op orde. Oranje: 50 tot 79, deels op orde. Rood: onder 50, nog veel te doen. De stippellijn staat op 80, waar een balk groen wordt.
score-dont-know = { $count ->
        [one] { $count } antwoord is “weet ik niet”: het telt als niet op orde tot u het uitgezocht hebt. Uw plan zegt wat u bij wie moet navragen.
       *[other] { $count } antwoorden zijn “weet ik niet”: ze tellen als niet op orde tot u het uitgezocht hebt. Uw plan zegt wat u bij wie moet navragen.
    }
selection-line = Deze selectie: { $shown } van { $total ->
        [one] { $total } actie
       *[other] { $total } acties
    }
full-report-note = Het volledige rapport bevat daarnaast elke actie in detail met leestips, de bevindingen per onderdeel en al uw antwoorden.
# Between a label and its value ("Who: …"); French puts a no-break space before the colon.
colon = :{" "}
# A word in the full report's file name (…-volledig.pdf).
file-full = volledig
