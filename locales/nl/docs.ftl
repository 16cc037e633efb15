### The documents page: the record of processing, the registers, the privacy
### notice and the incident card. Column names and legal sources are also the
### headings of the downloaded files.

title-documents = Uw documenten
docs-intro = Startdocumenten voor gegevensbescherming, ingevuld met uw antwoorden: het register van verwerkingsactiviteiten, een register van datalekken, een lijst van verzoeken van betrokkenen, een privacyverklaring en een incidentkaart. Het zijn ontwerpen: kijk elk document na en vul het aan voor u het gebruikt. De bestanden worden op dit toestel gemaakt; er wordt niets verstuurd.
docs-not-advice = Deze ontwerpen zijn geen juridisch advies. Waar uw antwoorden geen uitsluitsel gaven, staat in het veld “In te vullen”, met wat u moet invullen.
docs-link-plan = Documenten ingevuld met uw antwoorden: register van verwerkingsactiviteiten, registers, privacyverklaring, incidentkaart
docs-open-document = Open het ingevulde document: { $document }
docs-back-to-plan = Terug naar uw actieplan

## Document names
doc-record-title = Register van de verwerkingsactiviteiten
doc-breach-title = Register van datalekken
doc-requests-title = Lijst van verzoeken van betrokkenen
doc-notice-title = Privacyverklaring
doc-card-title = Incidentkaart

## What each document is
docs-record-desc = De lijst van wat u met persoonsgegevens doet, waarom, over wie, wie ze ontvangt en hoe lang u ze bewaart (art. 30 AVG). De Gegevensbeschermingsautoriteit (GBA) kan erom vragen.
docs-breach-desc = Elk datalek, ook de lekken die u niet moet melden: wat er gebeurde, de gevolgen en wat u deed (art. 33(5) AVG).
docs-requests-desc = Elk verzoek om inzage, verbetering, wissing of bezwaar, met de termijn van één maand al uitgerekend (art. 12(3) AVG).
docs-notice-desc = Wat u mensen vertelt over hun gegevens, gemaakt uit uw register (art. 13 en 14 AVG): als Word-document en als HTML voor uw website.
docs-card-desc = Eén blad met de eerste stappen na een cyberincident of datalek en de nummers die u belt. Druk het af en leg het bij de telefoon.

## Buttons and states
docs-download-xlsx = Downloaden (Excel)
docs-download-csv = Downloaden (CSV)
docs-download-processor-csv = Register als verwerker (CSV)
docs-download-docx = Downloaden (Word)
docs-download-html = HTML voor uw website
docs-download-card = De kaart downloaden (HTML)
docs-print-card = De kaart afdrukken
docs-loading = De documentenmodule wordt geladen…
docs-working = Het bestand wordt gemaakt…
docs-saved = Het bestand is gedownload.
docs-failed = Het bestand kon niet worden gemaakt. Probeer opnieuw.
docs-module-failed = De documentenmodule kon niet worden geladen of is gestopt. Controleer uw internetverbinding en probeer opnieuw.
docs-may-be-blocked = Het bestand is klaar, maar dit kader blokkeert downloads meestal: verscheen er geen bestand, open de CheckUp dan in een eigen tabblad.
docs-retry = Opnieuw proberen

## The record on the page
docs-record-proposed = Dit register is voorgesteld op basis van uw antwoorden en volgt ze tot u iets wijzigt.
docs-record-edited = U hebt dit register gewijzigd: uw antwoorden veranderen het niet meer.
docs-record-loading = Uw register wordt voorgesteld op basis van uw antwoorden…
docs-record-empty = Uw antwoorden wijzen nog niet op een verwerking. Voeg de verwerkingen toe die u uitvoert.
docs-add-row = Een verwerking toevoegen
docs-add-processor-row = Een klant of dienst toevoegen
docs-remove-row = “{ $name }” verwijderen
docs-untitled = Nieuwe verwerking
docs-row-removed = “{ $name }” is uit uw register verwijderd.
docs-reset = Opnieuw beginnen vanaf het voorstel
docs-reset-done = Uw register is weer het voorstel op basis van uw antwoorden.
docs-also-proposed = Uw antwoorden wijzen ook op: { $names }.
docs-add-proposed = Toevoegen
docs-to-complete-count = { $count ->
        [0] In geen enkel veld staat nog “In te vullen”.
        [one] In nog { $count } veld staat “In te vullen”.
       *[other] In nog { $count } velden staat “In te vullen”.
    }
doc-to-complete = In te vullen
docs-required-note = Kolommen met * zijn verplicht volgens art. 30(1) AVG (rood in het modelregister van de Gegevensbeschermingsautoriteit).
docs-processor-heading = Verwerkingen die u voor klanten doet (art. 30(2) AVG)
docs-processor-intro = U verwerkt persoonsgegevens in opdracht van uw klanten. Daarom houdt u ook een register bij van die verwerkingen, per klant.
docs-source = Bron

## Your organisation (the identification tab of the record; the privacy notice)
docs-org-heading = Uw organisatie
docs-org-intro = Deze gegevens komen in het register en in de privacyverklaring.
doc-org-name = Naam
doc-org-enterprise = Ondernemingsnummer (KBO)
doc-org-enterprise-invalid = Dit is geen geldig ondernemingsnummer: kijk het na op een tikfout. Een ondernemingsnummer telt 10 cijfers, begint met 0 of 1 en eindigt op twee controlecijfers, bijvoorbeeld 0123.456.749. Wat u typte, blijft bewaard.
doc-org-address = Adres
doc-org-email = E-mail
doc-org-email-invalid = Dit lijkt geen e-mailadres: een e-mailadres bevat een @ en een domein met een punt, bijvoorbeeld info@example.com. Wat u typte, blijft bewaard.
doc-org-phone = Telefoon
doc-org-website = Website
doc-org-privacy-contact = Contact voor gegevensbescherming (naam, e-mail)
doc-org-dpo = Functionaris voor gegevensbescherming (DPO), als u er een hebt

## The numbers on the incident card
docs-contacts-heading = Nummers voor de incidentkaart
docs-contacts-intro = Uw eigen nummers. De kaart voegt de openbare toe: Card Stop, het CCB, de Gegevensbeschermingsautoriteit en de politie.
doc-contact-decider = Wie beslist bij een incident
doc-contact-it = IT-leverancier of IT-verantwoordelijke
doc-contact-bank = Bank (fraudelijn)
doc-contact-insurer = Verzekeraar (cyberverzekering)
doc-contact-name = Naam
doc-contact-phone = Telefoon

## Columns of the record, in the order of the GBA/APD model register
doc-col-no = Nr.
doc-col-name = Verwerkingsactiviteit
doc-col-purposes = Doeleinden
doc-col-legal-basis = Rechtsgrond
doc-col-data = Categorieën van persoonsgegevens
doc-col-subjects = Categorieën van betrokkenen
doc-col-retention = Bewaartermijn
doc-col-recipients = Categorieën van ontvangers
doc-col-processors = Verwerkers
doc-col-transfers = Doorgiften buiten de EER en waarborgen
doc-col-security = Beveiligingsmaatregelen
doc-col-controller = Klant (verwerkingsverantwoordelijke) en contactgegevens
doc-col-processing = Categorieën van verwerkingen
doc-col-sub-processors = Subverwerkers

## The legal source of each column
doc-src-name = Modelregister van de GBA
doc-src-purposes = Art. 30(1)(b) AVG
doc-src-legal-basis = Art. 6, 9 en 10 AVG (modelregister van de GBA)
doc-src-data = Art. 30(1)(c) AVG
doc-src-retention = Art. 30(1)(f) AVG
doc-src-recipients = Art. 30(1)(d) AVG
doc-src-processors = Art. 28 AVG (modelregister van de GBA)
doc-src-transfers = Art. 30(1)(e) AVG
doc-src-security = Art. 30(1)(g) en 32(1) AVG
doc-src-controller = Art. 30(2)(a) AVG
doc-src-processing = Art. 30(2)(b) AVG
doc-src-sub-processors = Art. 28(2) en (4) AVG
doc-src-processor-transfers = Art. 30(2)(c) AVG
doc-src-processor-security = Art. 30(2)(d) en 32(1) AVG

## File names of the downloads (plain: lower case, digits and hyphens)
doc-file-record = register-verwerkingsactiviteiten
doc-file-processor-record = register-als-verwerker
doc-file-breaches = register-datalekken
doc-file-requests = lijst-verzoeken-betrokkenen
doc-file-notice = privacyverklaring
doc-file-card = incidentkaart
