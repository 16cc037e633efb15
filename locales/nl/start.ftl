### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Privacy en cyberveiligheid voor uw kmo: snel of grondig
language-label = Taal
skip-to-content = Naar de inhoud
title-start = Welkom
start-lead = Beantwoord eenvoudige vragen over hoe uw organisatie met persoonsgegevens en IT omgaat. U krijgt een score, ziet wat voorrang heeft en ontvangt een actieplan dat aangeeft wie wat kan doen.
start-not-audit = Een onafhankelijke zelfevaluatie op basis van de AVG en het CyberFundamentals-raamwerk van het CCB: geen audit, geen certificaat en niet goedgekeurd door het CCB.
start-time = U kunt altijd stoppen en later verdergaan.
start-privacy = Niets verlaat uw browser: uw antwoorden blijven op dit toestel. Bewaar ze als bestand als u ze wilt bijhouden of delen.
choose-language = Taal
start = Volledige CheckUp starten
start-choose = Kies hoe ver u gaat
start-quick-title = Snelle CheckUp
start-quick-time = Meestal 25 tot 35 vragen, 12 tot 20 minuten.
start-quick-what = De kernmaatregelen en de wettelijke verplichtingen die voor u gelden: genoeg voor een eerste oordeel over CyberFundamentals, de AVG en NIS2, en een eerste actieplan. Daarna kunt u verder met de volledige CheckUp, zonder iets opnieuw te beantwoorden.
start-quick = Snelle CheckUp starten
start-full-title = Volledige CheckUp
start-full-time = Meestal 90 tot 120 vragen, 35 tot 50 minuten.
start-full-what = Alle vragen die voor uw organisatie gelden, voor een volledig beeld en een uitgebreid actieplan.
start-count-later = Na de vragen over uw organisatie ziet u precies hoeveel vragen het zijn en hoelang ze duren.
resume = Verdergaan waar u gebleven was
loading = Bezig met laden…
next-failed = De volgende vragen konden niet worden geladen. Controleer uw verbinding en klik daarna opnieuw op “Volgende”. Uw antwoorden blijven bewaard.
