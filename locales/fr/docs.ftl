### The documents page: the record of processing, the registers, the privacy
### notice and the incident card. Column names and legal sources are also the
### headings of the downloaded files.

title-documents = Vos documents
docs-intro = Des documents de départ pour la protection des données, remplis à partir de vos réponses : le registre des activités de traitement, un registre des violations de données, une liste des demandes des personnes concernées, une déclaration de confidentialité et une carte incident. Ce sont des projets : relisez et complétez chacun avant de l'utiliser. Les fichiers sont créés sur cet appareil ; rien n'est envoyé.
docs-not-advice = Ces projets ne sont pas un avis juridique. Là où vos réponses ne permettaient pas de le savoir, un champ indique « À compléter » et ce qu'il faut y mettre.
docs-link-plan = Documents remplis à partir de vos réponses : registre des traitements, registres, déclaration de confidentialité, carte incident
docs-open-document = Ouvrir le document prérempli : { $document }
docs-back-to-plan = Retour à votre plan d'action

## Document names
doc-record-title = Registre des activités de traitement
doc-breach-title = Registre des violations de données
doc-requests-title = Liste des demandes des personnes concernées
doc-notice-title = Déclaration de confidentialité
doc-card-title = Carte incident

## What each document is
docs-record-desc = La liste de ce que vous faites avec des données à caractère personnel, pourquoi, sur qui, qui les reçoit et combien de temps vous les gardez (art. 30 RGPD). L'Autorité de protection des données (APD) peut la demander.
docs-breach-desc = Chaque violation de données à caractère personnel, même celles que vous ne devez pas notifier : ce qui s'est passé, ses effets et ce que vous avez fait (art. 33(5) RGPD).
docs-requests-desc = Chaque demande d'accès, de rectification, d'effacement ou d'opposition, avec le délai d'un mois déjà calculé (art. 12(3) RGPD).
docs-notice-desc = Ce que vous dites aux personnes sur leurs données, établi à partir de votre registre (art. 13 et 14 RGPD) : en document Word et en HTML pour votre site web.
docs-card-desc = Une page avec les premières étapes après un cyberincident ou une violation de données et les numéros à appeler. Imprimez-la et gardez-la près du téléphone.

## Buttons and states
docs-download-xlsx = Télécharger (Excel)
docs-download-csv = Télécharger (CSV)
docs-download-processor-csv = Registre de sous-traitant (CSV)
docs-download-docx = Télécharger (Word)
docs-download-html = HTML pour votre site web
docs-download-card = Télécharger la carte (HTML)
docs-print-card = Imprimer la carte
docs-loading = Chargement du module des documents…
docs-working = Création du fichier…
docs-saved = Le fichier a été téléchargé.
docs-failed = Le fichier n'a pas pu être créé. Réessayez.
docs-module-failed = Le module des documents n'a pas pu être chargé ou s'est arrêté. Vérifiez votre connexion internet et réessayez.
docs-may-be-blocked = Le fichier est prêt, mais ce cadre bloque en général les téléchargements : si aucun fichier n'est apparu, ouvrez le CheckUp dans un onglet à part.
docs-retry = Réessayer

## The record on the page
docs-record-proposed = Ce registre est proposé à partir de vos réponses et les suit tant que vous n'y changez rien.
docs-record-edited = Vous avez modifié ce registre : vos réponses ne le changent plus.
docs-record-loading = Proposition de votre registre à partir de vos réponses…
docs-record-empty = Vos réponses n'indiquent encore aucun traitement. Ajoutez ceux que vous effectuez.
docs-add-row = Ajouter un traitement
docs-add-processor-row = Ajouter un client ou un service
docs-remove-row = Supprimer « { $name } »
docs-untitled = Nouveau traitement
docs-row-removed = « { $name } » a été retiré de votre registre.
docs-reset = Repartir de la proposition
docs-reset-done = Votre registre est à nouveau la proposition établie à partir de vos réponses.
docs-also-proposed = Vos réponses indiquent aussi : { $names }.
docs-add-proposed = Les ajouter
docs-to-complete-count = { $count ->
        [0] Plus aucun champ n'indique « À compléter ».
        [one] { $count } champ indique encore « À compléter ».
       *[other] { $count } champs indiquent encore « À compléter ».
    }
doc-to-complete = À compléter
docs-required-note = Les colonnes marquées * sont exigées par l'art. 30(1) RGPD (en rouge dans le modèle de registre de l'Autorité de protection des données).
docs-processor-heading = Traitements que vous effectuez pour des clients (art. 30(2) RGPD)
docs-processor-intro = Vous traitez des données à caractère personnel sur instruction de vos clients : vous tenez donc aussi un registre de ces traitements, par client.
docs-source = Source

## Your organisation (the identification tab of the record; the privacy notice)
docs-org-heading = Votre organisation
docs-org-intro = Ces données figurent dans le registre et dans la déclaration de confidentialité.
doc-org-name = Nom
doc-org-enterprise = Numéro d'entreprise (BCE)
doc-org-enterprise-invalid = Ce numéro d'entreprise n'est pas valable : vérifiez s'il ne contient pas de faute de frappe. Un numéro d'entreprise compte 10 chiffres, commence par 0 ou 1 et se termine par deux chiffres de contrôle, par exemple 0123.456.749. Ce que vous avez tapé est conservé.
doc-org-address = Adresse
doc-org-email = E-mail
doc-org-email-invalid = Cela ne ressemble pas à une adresse e-mail : il faut un @ et un domaine avec un point, par exemple info@example.com. Ce que vous avez tapé est conservé.
doc-org-phone = Téléphone
doc-org-website = Site web
doc-org-privacy-contact = Contact pour la protection des données (nom, e-mail)
doc-org-dpo = Délégué à la protection des données (DPO), si vous en avez un

## The numbers on the incident card
docs-contacts-heading = Numéros pour la carte incident
docs-contacts-intro = Vos propres numéros. La carte ajoute les numéros publics : Card Stop, le CCB, l'Autorité de protection des données et la police.
doc-contact-decider = Qui décide en cas d'incident
doc-contact-it = Prestataire informatique ou responsable informatique
doc-contact-bank = Banque (ligne fraude)
doc-contact-insurer = Assureur (assurance cyber)
doc-contact-name = Nom
doc-contact-phone = Téléphone

## Columns of the record, in the order of the GBA/APD model register
doc-col-no = N°
doc-col-name = Activité de traitement
doc-col-purposes = Finalités
doc-col-legal-basis = Base juridique
doc-col-data = Catégories de données à caractère personnel
doc-col-subjects = Catégories de personnes concernées
doc-col-retention = Durée de conservation
doc-col-recipients = Catégories de destinataires
doc-col-processors = Sous-traitants
doc-col-transfers = Transferts hors de l'EEE et garanties
doc-col-security = Mesures de sécurité
doc-col-controller = Client (responsable du traitement) et coordonnées
doc-col-processing = Catégories de traitements effectués
doc-col-sub-processors = Sous-traitants ultérieurs

## The legal source of each column
doc-src-name = Modèle de registre de l'APD
doc-src-purposes = Art. 30(1)(b) RGPD
doc-src-legal-basis = Art. 6, 9 et 10 RGPD (modèle de registre de l'APD)
doc-src-data = Art. 30(1)(c) RGPD
doc-src-retention = Art. 30(1)(f) RGPD
doc-src-recipients = Art. 30(1)(d) RGPD
doc-src-processors = Art. 28 RGPD (modèle de registre de l'APD)
doc-src-transfers = Art. 30(1)(e) RGPD
doc-src-security = Art. 30(1)(g) et 32(1) RGPD
doc-src-controller = Art. 30(2)(a) RGPD
doc-src-processing = Art. 30(2)(b) RGPD
doc-src-sub-processors = Art. 28(2) et (4) RGPD
doc-src-processor-transfers = Art. 30(2)(c) RGPD
doc-src-processor-security = Art. 30(2)(d) et 32(1) RGPD

## File names of the downloads (plain: lower case, digits and hyphens)
doc-file-record = registre-activites-de-traitement
doc-file-processor-record = registre-sous-traitant
doc-file-breaches = registre-violations-de-donnees
doc-file-requests = liste-demandes-personnes-concernees
doc-file-notice = declaration-de-confidentialite
doc-file-card = carte-incident
