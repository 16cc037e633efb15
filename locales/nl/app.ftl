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
plan-intro = Uw acties in de volgorde waarin u ze aanpakt: deze week, deze maand, dit kwartaal, later. Open een actie voor de stappen, of om te noteren wie ze doet en tegen wanneer. Alles wordt in deze browser bewaard.
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
confirm-replace = Dit bestand ({ $file }) vervangt uw huidige werk ({ $current }). Uw huidige werk blijft bewaard: u kunt het daarna terugzetten, ook na het herladen van de pagina.
replace = Vervangen
cancel = Annuleren
imported = Bestand geladen ({ $what }).
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
backup-not-kept = Uw vorige werk kon niet in de opslag van deze browser bewaard worden: met “Ongedaan maken” kunt u het alleen terugzetten zolang u deze pagina niet sluit. Bewaar het als bestand voor het geval u het nog nodig hebt.
save-replaced-work = Vorig werk als bestand bewaren
damaged-held = De bewaarde gegevens in deze browser waren beschadigd, en er kon geen kopie van bewaard worden. We tonen wat nog leesbaar was; controleer uw antwoorden. De beschadigde gegevens blijven zoals ze zijn: ze worden pas overschreven als u ze als bestand bewaart of ervoor kiest om zonder die gegevens verder te gaan.
save-damaged-copy = Beschadigde gegevens als bestand bewaren
go-on-without-damaged = Verdergaan en de beschadigde gegevens overschrijven
footer-disclaimer = Onafhankelijke zelfevaluatie. Geen audit of certificering; niet goedgekeurd door het CCB of de GBA.
footer-about = Hoe we scoren, bronnen en privacy
your-data = Uw gegevens
your-data-intro = Uw antwoorden staan alleen in deze browser. De browser kan ze wissen (bijvoorbeeld bij het opruimen van browsegegevens): bewaar daarom af en toe een bestand.
history-title = Vooruitgang doorheen de tijd
history-intro = Klaar? Bewaar de resultaten van vandaag. Als u de CheckUp later opnieuw doet, ziet u per onderdeel wat veranderde en welke acties intussen afgerond zijn.
baseline-name = Naam voor deze ronde (niet verplicht, bijvoorbeeld “Voorjaar 2026”)
save-baseline = Bewaar voor een vergelijking later
baseline-saved = De resultaten van vandaag zijn bewaard voor een vergelijking later.
clear-title = Alles wissen
clear-intro = Wist al uw antwoorden, uw plan en uw vertrekpunten uit deze browser. Bewaar eerst een bestand als u ze wilt houden.
clear-button = Alles wissen
confirm-clear = Weet u het zeker? { $answers ->
        [0] Uw plan en uw vertrekpunten worden uit deze browser gewist.
        [one] { $answers } antwoord, uw plan en uw vertrekpunten worden uit deze browser gewist.
       *[other] { $answers } antwoorden, uw plan en uw vertrekpunten worden uit deze browser gewist.
    }
cleared = Alles is gewist uit deze browser.
import-too-large = Dit bestand is te groot ({ $size } MB) voor een CheckUp-bestand: de CheckUp opent bestanden tot { $max } MB. Kies het bestand dat u uit de CheckUp hebt bewaard.
import-empty = Dit bestand is leeg: misschien werd het bewaren of downloaden onderbroken. Uw huidige antwoorden blijven ongewijzigd. Kies een ander bestand, bijvoorbeeld een eerder bewaard bestand.
import-not-json = Dit bestand is beschadigd of onvolledig (fout op regel { $line }, kolom { $column }). Uw huidige antwoorden blijven ongewijzigd.
import-not-assessment = Dit is geen CheckUp-bestand. Kies een bestand dat u met “Als bestand bewaren” hebt gemaakt.
import-future = Dit bestand komt uit een nieuwere versie van de CheckUp (formaat { $version }). Open het in de nieuwste versie.
import-invalid = Dit CheckUp-bestand bevat ongeldige gegevens en kan niet worden geladen ({ $detail }). Uw huidige antwoorden blijven ongewijzigd.
confirm-replace-empty = Dit bestand is leeg: er staan geen antwoorden, geen plan en geen vertrekpunten in. Openen vervangt uw huidige werk ({ $current }) door een lege CheckUp. Uw huidige werk blijft bewaard: u kunt het daarna terugzetten.
confirm-replace-unkept = Dit bestand ({ $file }) vervangt uw huidige werk ({ $current }). Deze browser kan uw huidige werk niet bewaren: met “Ongedaan maken” kunt u het alleen terugzetten zolang u deze pagina niet sluit. Bewaar het eerst als bestand voor het geval u het nog nodig hebt.
confirm-replace-empty-unkept = Dit bestand is leeg: er staan geen antwoorden, geen plan en geen vertrekpunten in. Openen vervangt uw huidige werk ({ $current }) door een lege CheckUp. Deze browser kan uw huidige werk niet bewaren: met “Ongedaan maken” kunt u het alleen terugzetten zolang u deze pagina niet sluit. Bewaar het eerst als bestand voor het geval u het nog nodig hebt.
count-answers = antwoorden: { $n }
count-plan = acties met uw notities: { $n }
count-baselines = vertrekpunten: { $n }
backup-kept = Het werk dat u verving door een bestand te openen of opnieuw te beginnen, is nog bewaard ({ $what }). U kunt het terugzetten.
keep-new-work = Nieuwe antwoorden houden
cleared-elsewhere = Alle gegevens werden in een ander tabblad gewist. Deze pagina toont nu ook een lege CheckUp en schrijft niets terug.
newer-format = De gegevens in deze browser zijn bewaard door een nieuwere versie van de CheckUp (formaat { $version }).
newer-packs = Deze antwoorden horen bij nieuwere vragen dan deze versie van de CheckUp heeft: { $packs }.
newer-not-written = Deze versie toont ze, maar bewaart geen wijzigingen, zodat niets van de nieuwere versie verloren gaat. Herlaad de pagina om de nieuwe versie te krijgen, of bewaar een kopie als bestand.
save-copy = Bewaar een kopie
newer-go-on-text = Is er voor u geen nieuwere versie van de CheckUp beschikbaar, ga dan verder in deze versie: ze bewaart de antwoorden op vragen die ze niet kent, apart in uw gegevens, zodat een nieuwere versie ze terugvindt. Bewaar eerst een kopie als u de gegevens precies wilt houden zoals ze nu zijn.
newer-go-on = Verdergaan in deze versie
newer-adopted = U gaat verder in deze versie. Antwoorden op vragen die ze niet kent, blijven apart bewaard.
frame-restricted = De CheckUp draait hier in een kader dat niet alles toelaat:
frame-no-storage = uw antwoorden worden niet in deze browser bewaard: bewaar ze als bestand voor u de pagina sluit;
frame-no-offline = zonder internetverbinding werkt de CheckUp hier niet;
frame-no-downloads = bestanden bewaren (bestand, rekenblad, PDF) wordt hier meestal geblokkeerd.
frame-own-tab = Open de CheckUp in een eigen tabblad om alles te gebruiken:
frame-partitioned = De CheckUp staat hier op de pagina van een andere website. Uw browser bewaart de antwoorden die u hier geeft alleen voor die website: als u de CheckUp rechtstreeks opent, ziet u ze niet. Bewaar een bestand om ze mee te nemen.
download-may-be-blocked = De CheckUp draait hier in een kader dat downloads meestal blokkeert. Als er geen bestand verscheen, is de download niet gebeurd: open de CheckUp in een eigen tabblad om bestanden te bewaren ({ $url }).
export-too-large = Dit bestand wordt { $size } MB groot, meer dan de CheckUp opnieuw kan openen (hoogstens { $max } MB). Verwijder eerst lange notities of oude vertrekpunten, of bewaar het toch.
save-anyway = Toch bewaren
pdf-retry = Opnieuw proberen
pdf-module-failed = De PDF-module kon niet worden geladen of liep vast. Controleer uw internetverbinding en probeer opnieuw, of druk de pagina af.
pdf-may-be-blocked = Het PDF-rapport is klaar, maar dit kader blokkeert downloads meestal: als er geen bestand verscheen, open de CheckUp dan in een eigen tabblad.
boot-failed = De CheckUp kon hier niet starten: de pagina eromheen of het netwerk hield een deel van zijn bestanden tegen. Open de CheckUp in een eigen tabblad:
import-no-version = Dit CheckUp-bestand vermeldt geen versie (het veld "version" ontbreekt), dus het kan niet veilig worden gelezen. Bestanden die de CheckUp bewaart, hebben "version": 1. Uw huidige antwoorden blijven ongewijzigd.
import-bad-version = De versie van dit CheckUp-bestand moet een getal zijn, zoals 1, maar is { $found }. Uw huidige antwoorden blijven ongewijzigd.
asked-again-split = Opnieuw gevraagd, omdat de vraag werd opgesplitst of gewijzigd: { $questions }.
asked-again-choices = Opnieuw gevraagd, omdat de antwoordmogelijkheden veranderd zijn: { $questions }.
asked-again-not-an-option = Opnieuw gevraagd, omdat het vorige antwoord geen van de mogelijkheden meer is: { $questions }.
kept-aside-removed = Apart bewaard omdat deze versie de vraag niet meer stelt (ze blijven in uw gegevens en in bewaarde bestanden): { $count }.
answers-back = Eerder apart bewaarde antwoorden passen weer en staan terug: { $questions }.
pack-version-here = { $pack } { $file } (deze versie: { $ours })
newer-questions = Deze gegevens komen uit een nieuwere versie van de vragen dan deze CheckUp heeft: { $packs }. Antwoorden op vragen die deze versie niet kent, blijven apart bewaard en gaan niet verloren.
unreadable-pack-version = Het bestand vermeldt een versie van de vragen die deze CheckUp niet kan lezen ({ $packs }); de antwoorden zijn getoetst aan de vragen van deze versie.
unknown-fields-kept = Het bestand bevat velden die deze versie niet kent; ze blijven ongewijzigd bewaard: { $fields }.
import-bad-dates = Deadlines die niet bestaan, staan nu in de notitie van hun actie: { $dates }.
due-kept-in-note = Deadline uit het bestand, bestaat niet: { $date }
date-format = "{ $text }" is geen datum. Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-31.
date-no-such-month = { $date } bestaat niet: de maand moet tussen 01 en 12 liggen.
date-no-such-day = { $date } bestaat niet: { $month } heeft { $days } dagen.
date-incomplete = Deze datum bestaat niet of is niet volledig. De vorige deadline blijft bewaard tot u een bestaande datum kiest.
date-incomplete-none = Deze datum bestaat niet of is niet volledig: ze wordt niet bewaard. Kies een bestaande datum.
date-not-saved = De vorige deadline blijft bewaard tot u een bestaande datum kiest.

### The results and plan pages: horizons, delegation, downloads.

filter-role = Rol
filter-person = Verantwoordelijke persoon
assign-all = Alles aan één persoon geven
assign-name = Naam van de persoon
assign-do = Toewijzen
assigned = { $count ->
        [one] { $count } actie ligt nu bij { $name }.
       *[other] { $count } acties liggen nu bij { $name }.
    }
only-selection = Alleen de getoonde acties ({ $count ->
        [one] { $count } actie
       *[other] { $count } acties
    })
download-pdf-full = Volledig rapport (pdf)
download-ask = De vragen downloaden (tekstbestand)
download-ask-note = Een gewoon tekstbestand: voeg het bij een e-mail, of kopieer het erin.
ask-none = Er valt niets na te vragen: u antwoordde op geen enkele vraag “weet ik niet”.
show-steps = Stappen en details
plan-it = Inplannen: wie, wanneer, status
save-file-note = Bewaar dit bestand: u kunt het later hier openen en verdergaan waar u was.
week-empty = Voor deze week staat niets gepland: begin met de acties van deze maand in uw plan.
scores-title = Uw scores
more-details = Meer hierover
more-downloads = Volledig rapport, bewaren, afdrukken
and-more = en nog { $count }
