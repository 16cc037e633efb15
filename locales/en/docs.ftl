### The documents page: the record of processing, the registers, the privacy
### notice and the incident card. Column names and legal sources are also the
### headings of the downloaded files.

title-documents = Your documents
docs-intro = Starter documents for data protection, filled in from your answers: the record of processing activities, a data breach register, a log of requests from people, a privacy notice and an incident card. They are drafts: check and complete each one before you use it. The files are made on this device; nothing is sent anywhere.
docs-not-advice = These drafts are not legal advice. Where your answers could not tell, a field says “To complete” and what to fill in.
docs-link-plan = Documents filled in from your answers: record of processing, registers, privacy notice, incident card
docs-open-document = Open the pre-filled document: { $document }
docs-back-to-plan = Back to your action plan

## Document names
doc-record-title = Record of processing activities
doc-breach-title = Data breach register
doc-requests-title = Log of requests from people
doc-notice-title = Privacy notice
doc-card-title = Incident card

## What each document is
docs-record-desc = The list of what you do with personal data, why, about whom, who receives it and how long you keep it (Art. 30 GDPR). The Data Protection Authority (GBA/APD) can ask for it.
docs-breach-desc = Every personal data breach, also the ones you do not have to report: what happened, its effects and what you did (Art. 33(5) GDPR).
docs-requests-desc = Every request for access, rectification, erasure or objection, with the one-month deadline worked out (Art. 12(3) GDPR).
docs-notice-desc = What you tell people about their data, made from your record (Art. 13 and 14 GDPR): as a Word document and as HTML for your website.
docs-card-desc = One page with the first steps after a cyber incident or data breach and the numbers to call. Print it and keep it by the phone.

## Buttons and states
docs-download-xlsx = Download (Excel)
docs-download-csv = Download (CSV)
docs-download-processor-csv = Processor record (CSV)
docs-download-docx = Download (Word)
docs-download-html = HTML for your website
docs-download-card = Download the card (HTML)
docs-print-card = Print the card
docs-loading = Loading the documents module…
docs-working = Making the file…
docs-saved = The file has been downloaded.
docs-failed = The file could not be made. Try again.
docs-module-failed = The documents module could not be loaded or stopped working. Check your internet connection and try again.
docs-may-be-blocked = The file is ready, but this frame usually blocks downloads: if no file appeared, open the CheckUp in a tab of its own.
docs-retry = Try again

## The record on the page
docs-record-proposed = This record is proposed from your answers and follows them until you change something.
docs-record-edited = You have changed this record: your answers no longer change it.
docs-record-loading = Proposing your record from your answers…
docs-record-empty = Your answers suggest no processing activity yet. Add the ones you have.
docs-add-row = Add a processing activity
docs-add-processor-row = Add a client or service
docs-remove-row = Remove “{ $name }”
docs-untitled = New processing activity
docs-row-removed = “{ $name }” was removed from your record.
docs-reset = Start again from the proposal
docs-reset-done = Your record is the proposal from your answers again.
docs-also-proposed = Your answers also suggest: { $names }.
docs-add-proposed = Add them
docs-to-complete-count = { $count ->
        [0] No field says “To complete” any more.
        [one] { $count } field still says “To complete”.
       *[other] { $count } fields still say “To complete”.
    }
doc-to-complete = To complete
docs-required-note = Columns marked * are required by Art. 30(1) GDPR (red in the model register of the Data Protection Authority).
docs-processor-heading = Processing you do for clients (Art. 30(2) GDPR)
docs-processor-intro = You handle personal data on your clients' instructions, so you also keep a record of that processing, per client.
docs-source = Source

## Your organisation (the identification tab of the record; the privacy notice)
docs-org-heading = Your organisation
docs-org-intro = These details go into the record and the privacy notice.
doc-org-name = Name
doc-org-enterprise = Enterprise number (KBO/BCE)
doc-org-enterprise-invalid = This is not a valid enterprise number: check it for a typing error. An enterprise number has 10 digits, starts with 0 or 1 and ends with two check digits, for example 0123.456.749. What you typed is kept.
doc-org-address = Address
doc-org-email = E-mail
doc-org-email-invalid = This does not look like an e-mail address: it needs an @ and a domain with a dot, for example info@example.com. What you typed is kept.
doc-org-phone = Phone
doc-org-website = Website
doc-org-privacy-contact = Contact for data protection (name, e-mail)
doc-org-dpo = Data protection officer (DPO), if you have one

## The numbers on the incident card
docs-contacts-heading = Numbers for the incident card
docs-contacts-intro = Your own numbers. The card adds the public ones: Card Stop, the CCB, the Data Protection Authority and the police.
doc-contact-decider = Who decides during an incident
doc-contact-it = IT provider or IT person
doc-contact-bank = Bank (fraud line)
doc-contact-insurer = Insurer (cyber insurance)
doc-contact-name = Name
doc-contact-phone = Phone

## Columns of the record, in the order of the GBA/APD model register
doc-col-no = No.
doc-col-name = Processing activity
doc-col-purposes = Purposes
doc-col-legal-basis = Legal basis
doc-col-data = Categories of personal data
doc-col-subjects = Categories of data subjects
doc-col-retention = Retention period
doc-col-recipients = Categories of recipients
doc-col-processors = Processors
doc-col-transfers = Transfers outside the EEA and safeguards
doc-col-security = Security measures
doc-col-controller = Client (controller) and contact details
doc-col-processing = Categories of processing carried out
doc-col-sub-processors = Sub-processors

## The legal source of each column
doc-src-name = GBA/APD model register
doc-src-purposes = Art. 30(1)(b) GDPR
doc-src-legal-basis = Art. 6, 9 and 10 GDPR (GBA/APD model register)
doc-src-data = Art. 30(1)(c) GDPR
doc-src-retention = Art. 30(1)(f) GDPR
doc-src-recipients = Art. 30(1)(d) GDPR
doc-src-processors = Art. 28 GDPR (GBA/APD model register)
doc-src-transfers = Art. 30(1)(e) GDPR
doc-src-security = Art. 30(1)(g) and 32(1) GDPR
doc-src-controller = Art. 30(2)(a) GDPR
doc-src-processing = Art. 30(2)(b) GDPR
doc-src-sub-processors = Art. 28(2) and (4) GDPR
doc-src-processor-transfers = Art. 30(2)(c) GDPR
doc-src-processor-security = Art. 30(2)(d) and 32(1) GDPR

## File names of the downloads (plain: lower case, digits and hyphens)
doc-file-record = record-of-processing
doc-file-processor-record = processor-record
doc-file-breaches = data-breach-register
doc-file-requests = requests-log
doc-file-notice = privacy-notice
doc-file-card = incident-card
