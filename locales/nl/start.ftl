### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Privacy en cyberveiligheid voor uw KMO, in ongeveer 25 minuten
language-label = Taal
skip-to-content = Naar de inhoud
title-start = Welkom
start-lead = Beantwoord eenvoudige vragen over hoe uw organisatie met persoonsgegevens en IT omgaat. U krijgt een score, ziet wat eerst moet en krijgt een actieplan met wie wat kan doen.
start-not-audit = Een onafhankelijke zelfevaluatie op basis van de AVG en CyberFundamentals van het CCB: geen audit, geen certificaat, en niet goedgekeurd door het CCB.
start-time = Reken op 20 tot 30 minuten. U kunt altijd stoppen en later verdergaan.
start-privacy = Niets verlaat uw browser: uw antwoorden blijven op dit toestel. Bewaar ze als bestand om ze te houden of te delen.
choose-language = Taal
start = Start de CheckUp
resume = Ga verder waar u was
loading = Bezig met laden…
