### The walkthrough, the plan page, saving and loading files, notices.

title-questions = Vragen
title-review = Nog te beantwoorden
title-results = Uw resultaten
title-plan = Uw actieplan
title-about = Hoe de CheckUp werkt
start-over = Opnieuw beginnen
started-over = U begint opnieuw. Uw vorige antwoorden kunt u nog terugzetten.
packs-failed = De vragen konden niet worden geladen. Controleer uw verbinding en laad de pagina opnieuw.
pack-missing = Het vragenpakket { $file } kon niet worden geladen en wordt overgeslagen.
setup-problems = Voor de beheerder van deze site: problemen in de instellingen
section-of = onderdeel { $n } van { $count }
sections-label = Onderdelen
step-count = { $answered }/{ $total }
progress-label = Voortgang
why-this-matters = Waarom is dit belangrijk?
optional = Niet verplicht.
back = Vorige
next = Volgende
to-review = Naar het overzicht
section-not-asked = Dit onderdeel geldt niet voor uw organisatie.
back-to-start = Terug naar het begin
review-intro = Deze vragen zijn nog niet beantwoord. Klik op een vraag om ze te beantwoorden.
review-all-done = Alle vragen zijn beantwoord. Goed gedaan!
see-results = Uw resultaten bekijken
see-results-anyway = Toch de resultaten bekijken
results-incomplete = Nog niet alle vragen zijn beantwoord: de resultaten zijn voorlopig.
see-plan = Uw actieplan bekijken
plan-intro = De belangrijkste acties staan bovenaan. Vul in wie wat doet en tegen wanneer: alles wordt meteen bewaard in uw browser.
plan-count = { $shown } van { $total ->
        [one] { $total } actie
       *[other] { $total } acties
    }
filters = Filters
no-owner = Nog niemand
all = Alle
print = Afdrukken
download-pdf = PDF-rapport downloaden
pdf-loading = De PDF-module wordt geladen…
pdf-working = Uw rapport wordt opgemaakt…
pdf-saved = Het PDF-rapport is gedownload.
pdf-failed = De PDF kon niet worden gemaakt. Probeer het opnieuw of druk de pagina af.
save-as-file = Als bestand bewaren
open-file = Bewaard bestand openen
save-csv = Actieplan als rekenblad (CSV)
download-failed = Het bestand kon niet worden bewaard.
confirm-replace = Dit bestand vervangt uw huidige antwoorden. Uw huidige werk blijft bewaard: u kunt het daarna terugzetten.
replace = Vervangen
cancel = Annuleren
imported = Bestand geladen: { $answers ->
        [one] { $answers } antwoord
       *[other] { $answers } antwoorden
    }.
import-set-aside = { $count ->
        [one] { $count } antwoord op een vraag die niet meer bestaat, is apart gehouden
       *[other] { $count } antwoorden op vragen die niet meer bestaan, zijn apart gehouden
    }: { $ids }.
undo = Ongedaan maken
restored = Uw vorige antwoorden zijn teruggezet.
update-ready = Er is een nieuwe versie van de CheckUp. Laad de pagina opnieuw om ze te gebruiken; uw antwoorden blijven bewaard.
reload = Herladen
other-tab = Uw antwoorden zijn bijgewerkt met wijzigingen uit een ander tabblad.
export-reminder = Uw antwoorden staan alleen in deze browser, en die kan ze wissen. Bewaar ze nu als bestand, dan raakt u ze niet kwijt.
dismiss = Sluiten
storage-blocked = Uw browser laat deze pagina niets bewaren. U kunt verder werken, maar bewaar uw antwoorden als bestand voor u de pagina sluit.
storage-full = De opslag van uw browser is vol: uw laatste wijzigingen zijn niet bewaard. Bewaar uw antwoorden als bestand.
storage-corrupt = Uw antwoorden konden niet worden bewaard. Bewaar ze als bestand.
storage-recovered = De bewaarde gegevens in deze browser waren beschadigd. We hebben teruggezet wat nog leesbaar was; controleer uw antwoorden. Een kopie van de beschadigde gegevens is bewaard.
footer-disclaimer = Onafhankelijke zelfevaluatie. Geen audit of certificering; niet goedgekeurd door het CCB of de GBA.
footer-about = Hoe we scoren, bronnen en privacy
your-data = Uw gegevens
your-data-intro = Uw antwoorden staan alleen in deze browser. De browser kan ze wissen (bijvoorbeeld bij het opruimen van browsegegevens): bewaar daarom af en toe een bestand.
history-title = Vooruitgang doorheen de tijd
history-intro = Klaar met een ronde? Bewaar ze als vertrekpunt. Bij een volgende ronde ziet u per onderdeel wat veranderde en welke acties sindsdien afgerond zijn.
baseline-name = Naam (niet verplicht)
save-baseline = Als vertrekpunt bewaren
baseline-saved = Vertrekpunt bewaard.
clear-title = Alles wissen
clear-intro = Wist al uw antwoorden, uw plan en uw vertrekpunten uit deze browser. Bewaar eerst een bestand als u ze wilt houden.
clear-button = Alles wissen
confirm-clear = Weet u het zeker? { $answers ->
        [0] Uw plan en uw vertrekpunten worden uit deze browser gewist.
        [one] { $answers } antwoord, uw plan en uw vertrekpunten worden uit deze browser gewist.
       *[other] { $answers } antwoorden, uw plan en uw vertrekpunten worden uit deze browser gewist.
    }
cleared = Alles is gewist uit deze browser.
import-too-large = Dit bestand is te groot ({ $size } MB) voor een CheckUp-bestand. Kies het bestand dat u uit de CheckUp hebt bewaard.
import-not-json = Dit bestand is beschadigd of onvolledig (fout op regel { $line }, kolom { $column }). Uw huidige antwoorden blijven ongewijzigd.
import-not-assessment = Dit is geen CheckUp-bestand. Kies een bestand dat u met “Als bestand bewaren” hebt gemaakt.
import-future = Dit bestand komt uit een nieuwere versie van de CheckUp (formaat { $version }). Open het in de nieuwste versie.
import-invalid = Dit CheckUp-bestand bevat ongeldige gegevens en kan niet worden geladen ({ $detail }). Uw huidige antwoorden blijven ongewijzigd.
