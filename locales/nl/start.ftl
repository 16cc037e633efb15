### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Privacy en cyberveiligheid voor uw kmo, in ongeveer 25 minuten
language-label = Taal
skip-to-content = Naar de inhoud
title-start = Welkom
start-lead = Beantwoord eenvoudige vragen over hoe uw organisatie met persoonsgegevens en IT omgaat. U krijgt een score, ziet wat voorrang heeft en ontvangt een actieplan dat aangeeft wie wat kan doen.
start-not-audit = Een onafhankelijke zelfevaluatie op basis van de AVG en het CyberFundamentals-raamwerk van het CCB: geen audit, geen certificaat en niet goedgekeurd door het CCB.
start-time = Reken op 20 tot 30 minuten. U kunt altijd stoppen en later verdergaan.
start-privacy = Niets verlaat uw browser: uw antwoorden blijven op dit toestel. Bewaar ze als bestand als u ze wilt bijhouden of delen.
choose-language = Taal
start = De CheckUp starten
resume = Verdergaan waar u gebleven was
loading = Bezig met laden…
