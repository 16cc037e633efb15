// The translation table. Keep entries grouped by screen; keep each language's
// own terms (AVG / RGPD / DSGVO / GDPR, GBA / APD, KMO / PME / KMU).
messages! {
    AppName { nl: "CheckUp", fr: "CheckUp", de: "CheckUp", en: "CheckUp" }
    AppTagline {
        nl: "Privacy en cyberveiligheid voor uw KMO, in ongeveer 25 minuten",
        fr: "Vie privée et cybersécurité pour votre PME, en 25 minutes environ",
        de: "Datenschutz und Cybersicherheit für Ihr KMU, in rund 25 Minuten",
        en: "Privacy and cyber security for your small business, in about 25 minutes",
    }

    LanguageLabel { nl: "Taal", fr: "Langue", de: "Sprache", en: "Language" }

    // Pack loading and validation errors.
    ErrJson {
        nl: "{file} is geen geldige JSON (regel {line}, kolom {column}): {detail}",
        fr: "{file} n'est pas un JSON valide (ligne {line}, colonne {column}) : {detail}",
        de: "{file} ist kein gültiges JSON (Zeile {line}, Spalte {column}): {detail}",
        en: "{file} is not valid JSON (line {line}, column {column}): {detail}",
    }
    ErrDuplicateId {
        nl: "{file}: de id \"{id}\" wordt meer dan één keer gebruikt.",
        fr: "{file} : l'identifiant « {id} » est utilisé plus d'une fois.",
        de: "{file}: Die ID „{id}“ wird mehr als einmal verwendet.",
        en: "{file}: the id \"{id}\" is used more than once.",
    }
    ErrBadId {
        nl: "{file}: \"{id}\" is geen geldige id (kleine letters, cijfers, punt, - en _).",
        fr: "{file} : « {id} » n'est pas un identifiant valide (minuscules, chiffres, point, - et _).",
        de: "{file}: „{id}“ ist keine gültige ID (Kleinbuchstaben, Ziffern, Punkt, - und _).",
        en: "{file}: \"{id}\" is not a valid id (lower-case letters, digits, dot, - and _).",
    }
    ErrUnknownRef {
        nl: "{file}: \"{id}\" verwijst naar {kind} \"{target}\", maar \"{target}\" bestaat niet.",
        fr: "{file} : « {id} » renvoie à {kind} « {target} », qui n'existe pas.",
        de: "{file}: „{id}“ verweist auf {kind} „{target}“, aber „{target}“ gibt es nicht.",
        en: "{file}: \"{id}\" refers to {kind} \"{target}\", which does not exist.",
    }
    ErrNotEarlier {
        nl: "{file}: de voorwaarde van \"{id}\" kijkt naar vraag \"{target}\", die niet eerder komt.",
        fr: "{file} : la condition de « {id} » porte sur la question « {target} », qui ne vient pas avant.",
        de: "{file}: Die Bedingung von „{id}“ prüft die Frage „{target}“, die nicht vorher kommt.",
        en: "{file}: the condition of \"{id}\" looks at question \"{target}\", which does not come earlier.",
    }
    ErrUnknownValue {
        nl: "{file}: \"{id}\" gebruikt de waarde \"{value}\", die vraag \"{target}\" niet kent.",
        fr: "{file} : « {id} » utilise la valeur « {value} », inconnue de la question « {target} ».",
        de: "{file}: „{id}“ verwendet den Wert „{value}“, den die Frage „{target}“ nicht kennt.",
        en: "{file}: \"{id}\" uses the value \"{value}\", which question \"{target}\" does not have.",
    }
    ErrMissingText {
        nl: "{file}: bij \"{id}\" ontbreekt de tekst ({field}) in: {langs}.",
        fr: "{file} : pour « {id} », le texte ({field}) manque en : {langs}.",
        de: "{file}: Bei „{id}“ fehlt der Text ({field}) in: {langs}.",
        en: "{file}: \"{id}\" has no text ({field}) in: {langs}.",
    }
    ErrNotHttps {
        nl: "{file}: de link van \"{id}\" moet met https:// beginnen: {url}",
        fr: "{file} : le lien de « {id} » doit commencer par https:// : {url}",
        de: "{file}: Der Link von „{id}“ muss mit https:// beginnen: {url}",
        en: "{file}: the link of \"{id}\" must start with https://: {url}",
    }
    ErrInvalid {
        nl: "{file}: \"{id}\" is ongeldig: {detail}",
        fr: "{file} : « {id} » n'est pas valide : {detail}",
        de: "{file}: „{id}“ ist ungültig: {detail}",
        en: "{file}: \"{id}\" is invalid: {detail}",
    }
    KindScale { nl: "de schaal", fr: "l'échelle", de: "die Skala", en: "the scale" }
    KindAction { nl: "de actie", fr: "l'action", de: "die Maßnahme", en: "the action" }
    KindSource { nl: "de bron", fr: "la source", de: "die Quelle", en: "the source" }
    KindQuestion { nl: "de vraag", fr: "la question", de: "die Frage", en: "the question" }
    KindCyfun { nl: "de CyFun-eis", fr: "l'exigence CyFun", de: "die CyFun-Anforderung", en: "the CyFun requirement" }
    KindTopic { nl: "het onderwerp", fr: "le thème", de: "das Thema", en: "the topic" }
    InvalidWeight {
        nl: "het gewicht moet tussen 1 en 5 liggen",
        fr: "le poids doit être compris entre 1 et 5",
        de: "das Gewicht muss zwischen 1 und 5 liegen",
        en: "the weight must be between 1 and 5",
    }
    InvalidImpact {
        nl: "de impact moet tussen 1 en 5 liggen",
        fr: "l'impact doit être compris entre 1 et 5",
        de: "die Auswirkung muss zwischen 1 und 5 liegen",
        en: "the impact must be between 1 and 5",
    }
    InvalidScore {
        nl: "elke optie van een gescoorde vraag heeft een score van 0 tot 100 nodig (behalve \"niet van toepassing\")",
        fr: "chaque option d'une question notée doit avoir un score de 0 à 100 (sauf « Pas d'application »)",
        de: "jede Option einer bewerteten Frage braucht eine Punktzahl von 0 bis 100 (außer „Trifft nicht zu“)",
        en: "every option of a scored question needs a score from 0 to 100 (except \"not applicable\")",
    }
    InvalidEmptyScale {
        nl: "een schaal heeft minstens twee opties nodig",
        fr: "une échelle doit avoir au moins deux options",
        de: "eine Skala braucht mindestens zwei Optionen",
        en: "a scale needs at least two options",
    }
    InvalidInputInCheckup {
        nl: "vrije tekst en vragen met meerdere antwoorden kunnen alleen in het profiel",
        fr: "le texte libre et les questions à choix multiples ne sont possibles que dans le profil",
        de: "Freitext und Mehrfachauswahl sind nur im Profil möglich",
        en: "free text and multiple choice are only allowed in the profile",
    }
    InvalidOperator {
        nl: "\"answered\" heeft geen waarden nodig, de andere operatoren minstens één",
        fr: "« answered » ne prend pas de valeurs, les autres opérateurs au moins une",
        de: "„answered“ braucht keine Werte, die anderen Operatoren mindestens einen",
        en: "\"answered\" takes no values, the other operators at least one",
    }
    InvalidConditionTarget {
        nl: "in een gescoord pakket mogen voorwaarden alleen naar vragen van het profiel kijken",
        fr: "dans un module noté, les conditions ne peuvent porter que sur des questions du profil",
        de: "in einem bewerteten Paket dürfen Bedingungen nur Fragen des Profils prüfen",
        en: "in a scored pack, conditions may only look at questions of the profile",
    }
    InvalidEmptyCondition {
        nl: "een voorwaarde heeft minstens één test nodig",
        fr: "une condition doit contenir au moins un test",
        de: "eine Bedingung braucht mindestens einen Test",
        en: "a condition needs at least one test",
    }
    InvalidNoSteps {
        nl: "een actie heeft minstens één stap nodig",
        fr: "une action doit avoir au moins une étape",
        de: "eine Maßnahme braucht mindestens einen Schritt",
        en: "an action needs at least one step",
    }
    InvalidVersion {
        nl: "de versie moet de vorm JJJJ.N hebben",
        fr: "la version doit avoir la forme AAAA.N",
        de: "die Version muss die Form JJJJ.N haben",
        en: "the version must look like YYYY.N",
    }
    InvalidNoSections {
        nl: "een pakket met vragen heeft minstens één onderdeel met vragen nodig",
        fr: "un module de questions doit avoir au moins une section avec des questions",
        de: "ein Fragenpaket braucht mindestens einen Abschnitt mit Fragen",
        en: "a question pack needs at least one section with questions",
    }
    InvalidKind {
        nl: "dit soort pakket kan hier niet worden geladen",
        fr: "ce type de module ne peut pas être chargé ici",
        de: "diese Art von Paket kann hier nicht geladen werden",
        en: "this kind of pack cannot be loaded here",
    }
    InvalidDuty {
        nl: "een verplicht punt (must_fix) noemt in \"duty\" de bepaling die het tot een wettelijke plicht maakt, en alleen een verplicht punt doet dat",
        fr: "un point obligatoire (must_fix) cite dans « duty » la disposition qui en fait une obligation légale, et seul un point obligatoire le fait",
        de: "ein Pflichtpunkt (must_fix) nennt in „duty“ die Vorschrift, die ihn zur gesetzlichen Pflicht macht, und nur ein Pflichtpunkt tut das",
        en: "a must-fix item names in \"duty\" the provision that makes it a legal duty, and only a must-fix item does",
    }
    InvalidKeyMeasureHint {
        nl: "een kernmaatregel die \"niet van toepassing\" aanbiedt, zegt in \"hint\" wanneer dat het eerlijke antwoord is",
        fr: "une mesure clé qui propose « non applicable » indique dans « hint » quand c'est la réponse honnête",
        de: "eine Schlüsselmaßnahme, die „trifft nicht zu“ anbietet, sagt in „hint“, wann das die ehrliche Antwort ist",
        en: "a key measure that offers \"not applicable\" says in \"hint\" when that is the honest answer",
    }
    InvalidNotQuick {
        nl: "deze profielvraag bepaalt of een kernmaatregel of een verplicht punt gevraagd wordt, en moet dus ook in de snelle CheckUp (\"quick\": true)",
        fr: "cette question du profil décide si une mesure clé ou un point obligatoire est posé ; elle doit donc aussi figurer dans le CheckUp rapide (« quick »: true)",
        de: "diese Profilfrage entscheidet, ob eine Schlüsselmaßnahme oder ein Pflichtpunkt gefragt wird, und muss daher auch in den schnellen CheckUp („quick“: true)",
        en: "this profile question decides whether a key measure or a must-fix item is asked, so it must be in the quick CheckUp too (\"quick\": true)",
    }
    InvalidRemap {
        nl: "een gewijzigde antwoordwaarde (remap) moet van een waarde komen die niet meer bestaat, naar een waarde die bestaat",
        fr: "une valeur de réponse modifiée (remap) doit partir d'une valeur qui n'existe plus vers une valeur qui existe",
        de: "ein geänderter Antwortwert (remap) muss von einem Wert, den es nicht mehr gibt, zu einem bestehenden Wert führen",
        en: "a changed answer value (remap) must go from a value that no longer exists to one that does",
    }
    InvalidAlso {
        nl: "\"also\" kan alleen naar een onderdeel van een ander gescoord pakket wijzen",
        fr: "« also » ne peut renvoyer qu'à une section d'un autre module noté",
        de: "„also“ kann nur auf einen Abschnitt eines anderen bewerteten Pakets verweisen",
        en: "\"also\" can only point to a section of another scored pack",
    }
    InvalidHours {
        nl: "het aantal uren werk moet groter zijn dan 0",
        fr: "le nombre d'heures de travail doit être supérieur à 0",
        de: "die Zahl der Arbeitsstunden muss größer als 0 sein",
        en: "the hours of work must be more than 0",
    }
    KindLaw { nl: "de wet", fr: "la loi", de: "das Gesetz", en: "the law" }
    KindSection { nl: "het onderdeel", fr: "la section", de: "den Abschnitt", en: "the section" }

    // The federation's configuration (shown to the site owner).
    ConfigProblem {
        nl: "{file}: {field} \"{value}\" wordt genegeerd: {problem}",
        fr: "{file} : {field} « {value} » est ignoré : {problem}",
        de: "{file}: {field} „{value}“ wird ignoriert: {problem}",
        en: "{file}: {field} \"{value}\" is ignored: {problem}",
    }
    ConfigNotJson { nl: "het bestand is geen geldige JSON; de standaardinstellingen gelden", fr: "le fichier n'est pas un JSON valide ; les réglages par défaut s'appliquent", de: "die Datei ist kein gültiges JSON; es gelten die Standardeinstellungen", en: "the file is not valid JSON; the defaults apply" }
    ConfigBadPath { nl: "gebruik een relatief pad naast index.html", fr: "utilisez un chemin relatif à côté d'index.html", de: "verwenden Sie einen relativen Pfad neben index.html", en: "use a relative path beside index.html" }
    ConfigBadColour { nl: "gebruik een kleur in de vorm #rrggbb", fr: "utilisez une couleur de la forme #rrggbb", de: "verwenden Sie eine Farbe der Form #rrggbb", en: "use a colour of the form #rrggbb" }
    ConfigLowContrast { nl: "te weinig contrast (minstens 4,5:1 nodig voor leesbaarheid)", fr: "contraste insuffisant (au moins 4,5:1 requis pour la lisibilité)", de: "zu wenig Kontrast (mindestens 4,5:1 für die Lesbarkeit nötig)", en: "too little contrast (at least 4.5:1 is needed to be readable)" }
    ConfigBadLink { nl: "gebruik een https://-, mailto:- of tel:-link", fr: "utilisez un lien https://, mailto: ou tel:", de: "verwenden Sie einen https://-, mailto:- oder tel:-Link", en: "use an https://, mailto: or tel: link" }
    ConfigBadLanguage { nl: "gebruik nl, fr, de of en", fr: "utilisez nl, fr, de ou en", de: "verwenden Sie nl, fr, de oder en", en: "use nl, fr, de or en" }
    ConfigUnknownPack { nl: "alleen gdpr en security kunnen worden uitgeschakeld", fr: "seuls gdpr et security peuvent être désactivés", de: "nur gdpr und security können abgeschaltet werden", en: "only gdpr and security can be switched off" }
    ConfigBadOrigin { nl: "gebruik een oorsprong zoals https://www.voorbeeld.be", fr: "utilisez une origine comme https://www.exemple.be", de: "verwenden Sie einen Ursprung wie https://www.beispiel.be", en: "use an origin such as https://www.example.be" }

    // The walkthrough.
    SkipToContent { nl: "Naar de inhoud", fr: "Aller au contenu", de: "Zum Inhalt", en: "Skip to content" }
    TitleStart { nl: "Welkom", fr: "Bienvenue", de: "Willkommen", en: "Welcome" }
    TitleQuestions { nl: "Vragen", fr: "Questions", de: "Fragen", en: "Questions" }
    TitleReview { nl: "Nog te beantwoorden", fr: "Questions restantes", de: "Noch offene Fragen", en: "Still to answer" }
    TitleResults { nl: "Uw resultaten", fr: "Vos résultats", de: "Ihre Ergebnisse", en: "Your results" }
    TitlePlan { nl: "Uw actieplan", fr: "Votre plan d'action", de: "Ihr Maßnahmenplan", en: "Your action plan" }
    TitleAbout { nl: "Hoe de CheckUp werkt", fr: "Comment fonctionne le CheckUp", de: "Wie der CheckUp funktioniert", en: "How the CheckUp works" }
    StartLead {
        nl: "Beantwoord eenvoudige vragen over hoe uw organisatie met persoonsgegevens en IT omgaat. U krijgt een score, ziet wat eerst moet en krijgt een actieplan met wie wat kan doen.",
        fr: "Répondez à des questions simples sur la façon dont votre organisation gère les données personnelles et l'informatique. Vous obtenez un score, voyez ce qui est prioritaire et recevez un plan d'action indiquant qui peut faire quoi.",
        de: "Beantworten Sie einfache Fragen dazu, wie Ihre Organisation mit personenbezogenen Daten und IT umgeht. Sie erhalten eine Punktzahl, sehen, was zuerst zu tun ist, und bekommen einen Maßnahmenplan mit Zuständigkeiten.",
        en: "Answer plain questions about how your organisation handles personal data and IT. You get a score, see what to do first, and receive an action plan that says who can do what.",
    }
    StartNotAudit {
        nl: "Een onafhankelijke zelfevaluatie op basis van de AVG en CyberFundamentals van het CCB: geen audit, geen certificaat, en niet goedgekeurd door het CCB.",
        fr: "Une auto-évaluation indépendante fondée sur le RGPD et les CyberFundamentals du CCB : ni audit, ni certificat, et non approuvée par le CCB.",
        de: "Eine unabhängige Selbstbewertung auf Grundlage der DSGVO und der CyberFundamentals des CCB: kein Audit, kein Zertifikat und nicht vom CCB anerkannt.",
        en: "An independent self-assessment based on the GDPR and the CCB's CyberFundamentals: not an audit, not a certificate, and not endorsed by the CCB.",
    }
    StartTime {
        nl: "Reken op 20 tot 30 minuten. U kunt altijd stoppen en later verdergaan.",
        fr: "Comptez 20 à 30 minutes. Vous pouvez vous arrêter et reprendre plus tard à tout moment.",
        de: "Rechnen Sie mit 20 bis 30 Minuten. Sie können jederzeit aufhören und später weitermachen.",
        en: "It takes 20 to 30 minutes. You can stop at any time and continue later.",
    }
    StartPrivacy {
        nl: "Niets verlaat uw browser: uw antwoorden blijven op dit toestel. Bewaar ze als bestand om ze te houden of te delen.",
        fr: "Rien ne quitte votre navigateur : vos réponses restent sur cet appareil. Enregistrez un fichier pour les conserver ou les partager.",
        de: "Nichts verlässt Ihren Browser: Ihre Antworten bleiben auf diesem Gerät. Speichern Sie eine Datei, um sie aufzubewahren oder weiterzugeben.",
        en: "Nothing leaves your browser: your answers stay on this device. Save a file to keep or share them.",
    }
    ChooseLanguage { nl: "Taal", fr: "Langue", de: "Sprache", en: "Language" }
    Start { nl: "Start de CheckUp", fr: "Commencer le CheckUp", de: "CheckUp starten", en: "Start the CheckUp" }
    Resume { nl: "Ga verder waar u was", fr: "Reprendre où vous en étiez", de: "Dort weitermachen, wo Sie waren", en: "Continue where you left off" }
    StartOver { nl: "Opnieuw beginnen", fr: "Recommencer", de: "Neu beginnen", en: "Start over" }
    StartedOver {
        nl: "U begint opnieuw. Uw vorige antwoorden kunt u nog terugzetten.",
        fr: "Vous recommencez. Vous pouvez encore restaurer vos réponses précédentes.",
        de: "Sie beginnen neu. Ihre vorherigen Antworten können Sie noch wiederherstellen.",
        en: "You are starting over. You can still bring back your previous answers.",
    }
    Loading { nl: "Bezig met laden…", fr: "Chargement…", de: "Wird geladen…", en: "Loading…" }
    PacksFailed {
        nl: "De vragen konden niet worden geladen. Controleer uw verbinding en laad de pagina opnieuw.",
        fr: "Les questions n'ont pas pu être chargées. Vérifiez votre connexion et rechargez la page.",
        de: "Die Fragen konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.",
        en: "The questions could not be loaded. Check your connection and reload the page.",
    }
    PackMissing {
        nl: "Het vragenpakket {file} kon niet worden geladen en wordt overgeslagen.",
        fr: "Le module de questions {file} n'a pas pu être chargé et est ignoré.",
        de: "Das Fragenpaket {file} konnte nicht geladen werden und wird übersprungen.",
        en: "The question pack {file} could not be loaded and is skipped.",
    }
    SetupProblems {
        nl: "Voor de beheerder van deze site: problemen in de instellingen",
        fr: "Pour le gestionnaire de ce site : problèmes de configuration",
        de: "Für die Betreiber dieser Website: Probleme in der Konfiguration",
        en: "For the owner of this site: problems in the set-up",
    }
    SectionOf { nl: "onderdeel {n} van {count}", fr: "partie {n} sur {count}", de: "Bereich {n} von {count}", en: "section {n} of {count}" }
    SectionsLabel { nl: "Onderdelen", fr: "Parties", de: "Bereiche", en: "Sections" }
    StepCount { nl: "{answered}/{total}", fr: "{answered}/{total}", de: "{answered}/{total}", en: "{answered}/{total}" }
    ProgressLabel { nl: "Voortgang", fr: "Progression", de: "Fortschritt", en: "Progress" }
    WhyThisMatters { nl: "Waarom is dit belangrijk?", fr: "Pourquoi est-ce important ?", de: "Warum ist das wichtig?", en: "Why does this matter?" }
    Optional { nl: "Niet verplicht.", fr: "Facultatif.", de: "Optional.", en: "Optional." }
    Back { nl: "Vorige", fr: "Précédent", de: "Zurück", en: "Back" }
    Next { nl: "Volgende", fr: "Suivant", de: "Weiter", en: "Next" }
    ToReview { nl: "Naar het overzicht", fr: "Vers le récapitulatif", de: "Zur Übersicht", en: "Go to the overview" }
    SectionNotAsked {
        nl: "Dit onderdeel geldt niet voor uw organisatie.",
        fr: "Cette partie ne concerne pas votre organisation.",
        de: "Dieser Bereich gilt nicht für Ihre Organisation.",
        en: "This section does not apply to your organisation.",
    }
    BackToStart { nl: "Terug naar het begin", fr: "Retour au début", de: "Zurück zum Anfang", en: "Back to the start" }
    ReviewIntro {
        nl: "Deze vragen zijn nog niet beantwoord. Klik op een vraag om ze te beantwoorden.",
        fr: "Ces questions sont encore sans réponse. Cliquez sur une question pour y répondre.",
        de: "Diese Fragen sind noch nicht beantwortet. Klicken Sie auf eine Frage, um sie zu beantworten.",
        en: "These questions are not answered yet. Select a question to answer it.",
    }
    ReviewAllDone {
        nl: "Alle vragen zijn beantwoord. Goed gedaan!",
        fr: "Toutes les questions ont une réponse. Bravo !",
        de: "Alle Fragen sind beantwortet. Gut gemacht!",
        en: "Every question is answered. Well done!",
    }
    SeeResults { nl: "Bekijk uw resultaten", fr: "Voir vos résultats", de: "Ergebnisse ansehen", en: "See your results" }
    SeeResultsAnyway { nl: "Toch de resultaten bekijken", fr: "Voir quand même les résultats", de: "Ergebnisse trotzdem ansehen", en: "See the results anyway" }
    ResultsIncomplete {
        nl: "Nog niet alle vragen zijn beantwoord: de resultaten zijn voorlopig.",
        fr: "Toutes les questions n'ont pas encore de réponse : les résultats sont provisoires.",
        de: "Noch sind nicht alle Fragen beantwortet: Die Ergebnisse sind vorläufig.",
        en: "Not every question is answered yet: these results are provisional.",
    }
    SeePlan { nl: "Bekijk uw actieplan", fr: "Voir votre plan d'action", de: "Maßnahmenplan ansehen", en: "See your action plan" }
    PlanIntro {
        nl: "De belangrijkste acties staan bovenaan. Vul in wie wat doet en tegen wanneer: alles wordt meteen bewaard in uw browser.",
        fr: "Les actions les plus importantes sont en haut. Indiquez qui fait quoi et pour quand : tout est enregistré aussitôt dans votre navigateur.",
        de: "Die wichtigsten Maßnahmen stehen oben. Tragen Sie ein, wer was bis wann erledigt: Alles wird sofort in Ihrem Browser gespeichert.",
        en: "The most important actions come first. Note who does what and by when: everything is saved in your browser at once.",
    }
    PlanCount { nl: "{shown} van {total} acties", fr: "{shown} actions sur {total}", de: "{shown} von {total} Maßnahmen", en: "{shown} of {total} actions" }
    Filters { nl: "Filters", fr: "Filtres", de: "Filter", en: "Filters" }
    NoOwner { nl: "Nog niemand", fr: "Personne encore", de: "Noch niemand", en: "Nobody yet" }
    All { nl: "Alle", fr: "Toutes", de: "Alle", en: "All" }
    Print { nl: "Afdrukken", fr: "Imprimer", de: "Drucken", en: "Print" }
    DownloadPdf { nl: "Download het PDF-rapport", fr: "Télécharger le rapport PDF", de: "PDF-Bericht herunterladen", en: "Download the PDF report" }
    PdfLoading { nl: "De PDF-module wordt geladen…", fr: "Chargement du module PDF…", de: "Das PDF-Modul wird geladen…", en: "Loading the PDF module…" }
    PdfWorking { nl: "Uw rapport wordt opgemaakt…", fr: "Mise en page de votre rapport…", de: "Ihr Bericht wird erstellt…", en: "Laying out your report…" }
    PdfSaved { nl: "Het PDF-rapport is gedownload.", fr: "Le rapport PDF a été téléchargé.", de: "Der PDF-Bericht wurde heruntergeladen.", en: "The PDF report has been downloaded." }
    PdfFailed {
        nl: "De PDF kon niet worden gemaakt. Probeer opnieuw, of druk de pagina af.",
        fr: "Le PDF n'a pas pu être créé. Réessayez, ou imprimez la page.",
        de: "Das PDF konnte nicht erstellt werden. Versuchen Sie es erneut oder drucken Sie die Seite.",
        en: "The PDF could not be made. Try again, or print the page.",
    }
    SaveAsFile { nl: "Bewaar als bestand", fr: "Enregistrer dans un fichier", de: "Als Datei speichern", en: "Save as file" }
    OpenFile { nl: "Open een bewaard bestand", fr: "Ouvrir un fichier enregistré", de: "Gespeicherte Datei öffnen", en: "Open a saved file" }
    SaveCsv { nl: "Actieplan als rekenblad (CSV)", fr: "Plan d'action en tableur (CSV)", de: "Maßnahmenplan als Tabelle (CSV)", en: "Action plan as spreadsheet (CSV)" }
    DownloadFailed { nl: "Het bestand kon niet worden bewaard.", fr: "Le fichier n'a pas pu être enregistré.", de: "Die Datei konnte nicht gespeichert werden.", en: "The file could not be saved." }
    ConfirmReplace {
        nl: "Dit bestand vervangt uw huidige antwoorden. Uw huidige werk blijft bewaard: u kunt het daarna terugzetten.",
        fr: "Ce fichier remplace vos réponses actuelles. Votre travail actuel est conservé : vous pourrez le restaurer ensuite.",
        de: "Diese Datei ersetzt Ihre aktuellen Antworten. Ihre bisherige Arbeit bleibt erhalten: Sie können sie danach wiederherstellen.",
        en: "This file replaces your current answers. Your current work is kept: you can bring it back afterwards.",
    }
    Replace { nl: "Vervangen", fr: "Remplacer", de: "Ersetzen", en: "Replace" }
    Cancel { nl: "Annuleren", fr: "Annuler", de: "Abbrechen", en: "Cancel" }
    Imported {
        nl: "Bestand geladen: {answers} antwoorden.",
        fr: "Fichier chargé : {answers} réponses.",
        de: "Datei geladen: {answers} Antworten.",
        en: "File loaded: {answers} answers.",
    }
    ImportSetAside {
        nl: "{count} antwoord(en) op vragen die niet meer bestaan, zijn apart bewaard: {ids}.",
        fr: "{count} réponse(s) à des questions qui n'existent plus ont été mises de côté : {ids}.",
        de: "{count} Antwort(en) auf Fragen, die es nicht mehr gibt, wurden beiseitegelegt: {ids}.",
        en: "{count} answer(s) to questions that no longer exist were set aside: {ids}.",
    }
    Undo { nl: "Ongedaan maken", fr: "Annuler l'action", de: "Rückgängig", en: "Undo" }
    Restored { nl: "Uw vorige antwoorden zijn teruggezet.", fr: "Vos réponses précédentes ont été restaurées.", de: "Ihre vorherigen Antworten wurden wiederhergestellt.", en: "Your previous answers are back." }
    UpdateReady {
        nl: "Er is een nieuwe versie van de CheckUp. Herlaad om ze te gebruiken; uw antwoorden blijven bewaard.",
        fr: "Une nouvelle version du CheckUp est disponible. Rechargez pour l'utiliser ; vos réponses sont conservées.",
        de: "Eine neue Version des CheckUp ist da. Laden Sie neu, um sie zu nutzen; Ihre Antworten bleiben erhalten.",
        en: "A new version of the CheckUp is ready. Reload to use it; your answers are kept.",
    }
    Reload { nl: "Herladen", fr: "Recharger", de: "Neu laden", en: "Reload" }
    OtherTab {
        nl: "Uw antwoorden zijn bijgewerkt met wijzigingen uit een ander tabblad.",
        fr: "Vos réponses ont été mises à jour avec les modifications d'un autre onglet.",
        de: "Ihre Antworten wurden mit Änderungen aus einem anderen Tab aktualisiert.",
        en: "Your answers were updated with changes made in another tab.",
    }
    ExportReminder {
        nl: "Uw antwoorden staan alleen in deze browser, die ze kan wissen. Bewaar nu een bestand om ze veilig te houden.",
        fr: "Vos réponses ne se trouvent que dans ce navigateur, qui peut les effacer. Enregistrez maintenant un fichier pour les garder en sécurité.",
        de: "Ihre Antworten liegen nur in diesem Browser, der sie löschen kann. Speichern Sie jetzt eine Datei, um sie sicher aufzubewahren.",
        en: "Your answers live only in this browser, which can erase them. Save a file now to keep them safe.",
    }
    Dismiss { nl: "Sluiten", fr: "Fermer", de: "Schließen", en: "Close" }
    StorageBlocked {
        nl: "Uw browser laat deze pagina niets bewaren. U kunt verder werken, maar bewaar uw antwoorden als bestand voor u de pagina sluit.",
        fr: "Votre navigateur ne permet pas à cette page d'enregistrer des données. Vous pouvez continuer, mais enregistrez vos réponses dans un fichier avant de fermer la page.",
        de: "Ihr Browser erlaubt dieser Seite nicht, Daten zu speichern. Sie können weiterarbeiten, aber speichern Sie Ihre Antworten als Datei, bevor Sie die Seite schließen.",
        en: "Your browser does not let this page save anything. You can carry on, but save your answers as a file before you close the page.",
    }
    StorageFull {
        nl: "De opslag van uw browser is vol: uw laatste wijzigingen zijn niet bewaard. Bewaar uw antwoorden als bestand.",
        fr: "Le stockage de votre navigateur est plein : vos dernières modifications n'ont pas été enregistrées. Enregistrez vos réponses dans un fichier.",
        de: "Der Speicher Ihres Browsers ist voll: Ihre letzten Änderungen wurden nicht gespeichert. Speichern Sie Ihre Antworten als Datei.",
        en: "Your browser's storage is full: your latest changes were not saved. Save your answers as a file.",
    }
    StorageCorrupt {
        nl: "Uw antwoorden konden niet worden bewaard. Bewaar ze als bestand.",
        fr: "Vos réponses n'ont pas pu être enregistrées. Enregistrez-les dans un fichier.",
        de: "Ihre Antworten konnten nicht gespeichert werden. Speichern Sie sie als Datei.",
        en: "Your answers could not be saved. Save them as a file.",
    }
    StorageRecovered {
        nl: "De bewaarde gegevens in deze browser waren beschadigd. We hebben teruggezet wat nog leesbaar was; controleer uw antwoorden. Een kopie van de beschadigde gegevens is bewaard.",
        fr: "Les données enregistrées dans ce navigateur étaient endommagées. Nous avons restauré ce qui était encore lisible ; vérifiez vos réponses. Une copie des données endommagées a été conservée.",
        de: "Die gespeicherten Daten in diesem Browser waren beschädigt. Wir haben wiederhergestellt, was noch lesbar war; prüfen Sie Ihre Antworten. Eine Kopie der beschädigten Daten wurde aufbewahrt.",
        en: "The data saved in this browser was damaged. We restored what could still be read; please check your answers. A copy of the damaged data was kept.",
    }
    FooterDisclaimer {
        nl: "Onafhankelijke zelfevaluatie. Geen audit of certificering; niet goedgekeurd door het CCB of de GBA.",
        fr: "Auto-évaluation indépendante. Ni audit ni certification ; non approuvée par le CCB ni par l'APD.",
        de: "Unabhängige Selbstbewertung. Kein Audit und keine Zertifizierung; nicht vom CCB oder der Datenschutzbehörde anerkannt.",
        en: "Independent self-assessment. Not an audit or certification; not endorsed by the CCB or the Belgian Data Protection Authority.",
    }
    FooterAbout { nl: "Hoe we scoren, bronnen en privacy", fr: "Calcul du score, sources et vie privée", de: "Bewertung, Quellen und Datenschutz", en: "How we score, sources and privacy" }
    YourData { nl: "Uw gegevens", fr: "Vos données", de: "Ihre Daten", en: "Your data" }
    YourDataIntro {
        nl: "Uw antwoorden staan alleen in deze browser. De browser kan ze wissen (bijvoorbeeld bij het opruimen van browsegegevens): bewaar daarom af en toe een bestand.",
        fr: "Vos réponses se trouvent uniquement dans ce navigateur. Le navigateur peut les effacer (par exemple en supprimant les données de navigation) : enregistrez donc régulièrement un fichier.",
        de: "Ihre Antworten liegen nur in diesem Browser. Der Browser kann sie löschen (etwa beim Löschen der Browserdaten): Speichern Sie deshalb ab und zu eine Datei.",
        en: "Your answers live only in this browser. The browser can erase them (for example when browsing data is cleared), so save a file now and then.",
    }
    HistoryTitle { nl: "Vooruitgang doorheen de tijd", fr: "Évolution dans le temps", de: "Fortschritt im Zeitverlauf", en: "Progress over time" }
    HistoryIntro {
        nl: "Klaar met een ronde? Bewaar ze als vertrekpunt. Bij een volgende ronde ziet u per onderdeel wat veranderde en welke acties sindsdien afgerond zijn.",
        fr: "Un tour est terminé ? Enregistrez-le comme point de départ. Au tour suivant, vous verrez par partie ce qui a changé et les actions réalisées depuis.",
        de: "Eine Runde abgeschlossen? Speichern Sie sie als Ausgangspunkt. In der nächsten Runde sehen Sie je Bereich, was sich geändert hat und welche Maßnahmen seitdem erledigt sind.",
        en: "Finished a round? Save it as a baseline. In a later round you see, per section, what changed and which actions were completed since.",
    }
    BaselineName { nl: "Naam (niet verplicht)", fr: "Nom (facultatif)", de: "Name (optional)", en: "Name (optional)" }
    SaveBaseline { nl: "Bewaar als vertrekpunt", fr: "Enregistrer comme point de départ", de: "Als Ausgangspunkt speichern", en: "Save as baseline" }
    BaselineSaved { nl: "Vertrekpunt bewaard.", fr: "Point de départ enregistré.", de: "Ausgangspunkt gespeichert.", en: "Baseline saved." }
    ClearTitle { nl: "Alles wissen", fr: "Tout effacer", de: "Alles löschen", en: "Clear all data" }
    ClearIntro {
        nl: "Wist al uw antwoorden, uw plan en uw vertrekpunten uit deze browser. Bewaar eerst een bestand als u ze wilt houden.",
        fr: "Efface toutes vos réponses, votre plan et vos points de départ de ce navigateur. Enregistrez d'abord un fichier si vous voulez les garder.",
        de: "Löscht alle Ihre Antworten, Ihren Plan und Ihre Ausgangspunkte aus diesem Browser. Speichern Sie zuerst eine Datei, wenn Sie sie behalten möchten.",
        en: "Erases all your answers, your plan and your baselines from this browser. Save a file first if you want to keep them.",
    }
    ClearButton { nl: "Alles wissen", fr: "Tout effacer", de: "Alles löschen", en: "Clear all data" }
    ConfirmClear {
        nl: "Weet u het zeker? {answers} antwoorden en uw plan worden uit deze browser gewist.",
        fr: "Êtes-vous sûr ? {answers} réponses et votre plan seront effacés de ce navigateur.",
        de: "Sind Sie sicher? {answers} Antworten und Ihr Plan werden aus diesem Browser gelöscht.",
        en: "Are you sure? {answers} answers and your plan will be erased from this browser.",
    }
    Cleared {
        nl: "Alles is gewist uit deze browser.",
        fr: "Tout a été effacé de ce navigateur.",
        de: "Alles wurde aus diesem Browser gelöscht.",
        en: "Everything has been erased from this browser.",
    }

    // Import and export.
    ImportTooLarge {
        nl: "Dit bestand is te groot ({size} MB) voor een CheckUp-bestand. Kies het bestand dat u uit de CheckUp hebt bewaard.",
        fr: "Ce fichier est trop volumineux ({size} Mo) pour un fichier CheckUp. Choisissez le fichier que vous avez enregistré depuis le CheckUp.",
        de: "Diese Datei ist zu groß ({size} MB) für eine CheckUp-Datei. Wählen Sie die Datei, die Sie aus dem CheckUp gespeichert haben.",
        en: "This file is too large ({size} MB) to be a CheckUp file. Choose the file you saved from the CheckUp.",
    }
    ImportNotJson {
        nl: "Dit bestand is beschadigd of onvolledig (fout op regel {line}, kolom {column}). Uw huidige antwoorden blijven ongewijzigd.",
        fr: "Ce fichier est endommagé ou incomplet (erreur ligne {line}, colonne {column}). Vos réponses actuelles restent inchangées.",
        de: "Diese Datei ist beschädigt oder unvollständig (Fehler in Zeile {line}, Spalte {column}). Ihre aktuellen Antworten bleiben unverändert.",
        en: "This file is damaged or incomplete (error at line {line}, column {column}). Your current answers are unchanged.",
    }
    ImportNotAssessment {
        nl: "Dit is geen CheckUp-bestand. Kies een bestand dat u met \"Bewaar als bestand\" hebt gemaakt.",
        fr: "Ce n'est pas un fichier CheckUp. Choisissez un fichier créé avec « Enregistrer dans un fichier ».",
        de: "Das ist keine CheckUp-Datei. Wählen Sie eine Datei, die Sie mit „Als Datei speichern“ erstellt haben.",
        en: "This is not a CheckUp file. Choose a file you made with \"Save as file\".",
    }
    ImportFuture {
        nl: "Dit bestand komt uit een nieuwere versie van de CheckUp (formaat {version}). Open het in de nieuwste versie.",
        fr: "Ce fichier provient d'une version plus récente du CheckUp (format {version}). Ouvrez-le dans la dernière version.",
        de: "Diese Datei stammt aus einer neueren Version des CheckUp (Format {version}). Öffnen Sie sie in der neuesten Version.",
        en: "This file comes from a newer version of the CheckUp (format {version}). Open it in the latest version.",
    }
    ImportInvalid {
        nl: "Dit CheckUp-bestand bevat ongeldige gegevens en kan niet worden geladen ({detail}). Uw huidige antwoorden blijven ongewijzigd.",
        fr: "Ce fichier CheckUp contient des données non valides et ne peut pas être chargé ({detail}). Vos réponses actuelles restent inchangées.",
        de: "Diese CheckUp-Datei enthält ungültige Daten und kann nicht geladen werden ({detail}). Ihre aktuellen Antworten bleiben unverändert.",
        en: "This CheckUp file holds invalid data and cannot be loaded ({detail}). Your current answers are unchanged.",
    }

    // The report: results page, plan page and PDF.
    ReportTitle {
        nl: "CheckUp: privacy en cyberveiligheid",
        fr: "CheckUp : vie privée et cybersécurité",
        de: "CheckUp: Datenschutz und Cybersicherheit",
        en: "CheckUp: privacy and cyber security",
    }
    ReportSubtitle {
        nl: "Uw resultaten en uw persoonlijk actieplan",
        fr: "Vos résultats et votre plan d'action personnalisé",
        de: "Ihre Ergebnisse und Ihr persönlicher Maßnahmenplan",
        en: "Your results and your personal action plan",
    }
    YourOrganisation { nl: "Uw organisatie", fr: "Votre organisation", de: "Ihre Organisation", en: "Your organisation" }
    ProgressLine {
        nl: "{answered} van {total} vragen beantwoord",
        fr: "Réponse donnée à {answered} questions sur {total}",
        de: "{answered} von {total} Fragen beantwortet",
        en: "{answered} of {total} questions answered",
    }
    NotAnswered { nl: "Niet beantwoord", fr: "Sans réponse", de: "Nicht beantwortet", en: "Not answered" }
    NotScoredYet { nl: "Nog geen score", fr: "Pas encore de score", de: "Noch keine Punktzahl", en: "No score yet" }
    ReasonLine {
        nl: "{question} Uw antwoord: {answer}.",
        fr: "{question} Votre réponse : {answer}.",
        de: "{question} Ihre Antwort: {answer}.",
        en: "{question} Your answer: {answer}.",
    }
    RefGdpr { nl: "AVG art. {article}", fr: "RGPD art. {article}", de: "DSGVO Art. {article}", en: "GDPR Art. {article}" }
    RefCyfun { nl: "CyFun® {id}", fr: "CyFun® {id}", de: "CyFun® {id}", en: "CyFun® {id}" }
    RefLaw { nl: "art. {article} {law}", fr: "art. {article} {law}", de: "Art. {article} {law}", en: "Art. {article} {law}" }

    CompareTitle { nl: "Vooruitgang sinds {date}", fr: "Progrès depuis le {date}", de: "Fortschritt seit dem {date}", en: "Progress since {date}" }
    CompareTitleNamed { nl: "Vooruitgang sinds {date} ({label})", fr: "Progrès depuis le {date} ({label})", de: "Fortschritt seit dem {date} ({label})", en: "Progress since {date} ({label})" }
    LThen { nl: "Toen", fr: "Avant", de: "Damals", en: "Then" }
    LNow { nl: "Nu", fr: "Maintenant", de: "Jetzt", en: "Now" }
    LChange { nl: "Verschil", fr: "Évolution", de: "Veränderung", en: "Change" }
    LCompletedSince { nl: "Sindsdien afgerond", fr: "Réalisé depuis", de: "Seitdem erledigt", en: "Completed since then" }
    LRounds { nl: "Totaalscore per ronde", fr: "Score global par tour", de: "Gesamtpunktzahl je Runde", en: "Overall score by round" }
    LSummary { nl: "Samenvatting", fr: "Résumé", de: "Zusammenfassung", en: "Summary" }
    LOverall { nl: "Totaalscore", fr: "Score global", de: "Gesamtpunktzahl", en: "Overall score" }
    LScores { nl: "Scores per onderdeel", fr: "Scores par partie", de: "Punktzahl je Bereich", en: "Scores by section" }
    LSection { nl: "Onderdeel", fr: "Partie", de: "Bereich", en: "Section" }
    LScore { nl: "Score", fr: "Score", de: "Punktzahl", en: "Score" }
    LLevel { nl: "Niveau", fr: "Niveau", de: "Stufe", en: "Level" }
    LAnswered { nl: "Beantwoord", fr: "Réponses", de: "Beantwortet", en: "Answered" }
    LStartThisWeek { nl: "Begin deze week", fr: "À commencer cette semaine", de: "Diese Woche beginnen", en: "Start this week" }
    LActionPlan { nl: "Actieplan", fr: "Plan d'action", de: "Maßnahmenplan", en: "Action plan" }
    LPriority { nl: "Prioriteit", fr: "Priorité", de: "Priorität", en: "Priority" }
    LAction { nl: "Actie", fr: "Action", de: "Maßnahme", en: "Action" }
    LWhy { nl: "Waarom", fr: "Pourquoi", de: "Warum", en: "Why" }
    LHow { nl: "Hoe", fr: "Comment", de: "Wie", en: "How" }
    LWho { nl: "Wie", fr: "Qui", de: "Wer", en: "Who" }
    LEffort { nl: "Inspanning", fr: "Effort", de: "Aufwand", en: "Effort" }
    LCost { nl: "Kosten", fr: "Coût", de: "Kosten", en: "Cost" }
    LOwner { nl: "Verantwoordelijke", fr: "Responsable", de: "Zuständig", en: "Owner" }
    LDue { nl: "Deadline", fr: "Échéance", de: "Bis", en: "Due" }
    LStatus { nl: "Status", fr: "Statut", de: "Status", en: "Status" }
    LNote { nl: "Notitie", fr: "Note", de: "Notiz", en: "Note" }
    LBecause { nl: "Omdat", fr: "Parce que", de: "Weil", en: "Because" }
    LReferences { nl: "Gebaseerd op", fr: "Sur la base de", de: "Grundlage", en: "Based on" }
    LFindings { nl: "Bevindingen per onderdeel", fr: "Constats par partie", de: "Feststellungen je Bereich", en: "Findings by section" }
    LReadingTips { nl: "Leestips", fr: "Pour en savoir plus", de: "Lesetipps", en: "Reading tips" }
    LAppendix { nl: "Bijlage: al uw antwoorden", fr: "Annexe : toutes vos réponses", de: "Anhang: alle Ihre Antworten", en: "Appendix: all your answers" }
    LMethod { nl: "Methode, bronnen en disclaimer", fr: "Méthode, sources et avertissement", de: "Methode, Quellen und Haftungsausschluss", en: "Method, sources and disclaimer" }
    LPage { nl: "Pagina {page} van {pages}", fr: "Page {page} sur {pages}", de: "Seite {page} von {pages}", en: "Page {page} of {pages}" }
    LKeyMeasure { nl: "Kernmaatregel", fr: "Mesure clé", de: "Schlüsselmaßnahme", en: "Key measure" }
    LMustFix { nl: "Wettelijk verplicht", fr: "Obligation légale", de: "Gesetzliche Pflicht", en: "Legal must-fix" }
    LNoActions {
        nl: "Geen acties: op basis van uw antwoorden is er niets dringends te doen.",
        fr: "Aucune action : d'après vos réponses, rien d'urgent n'est à faire.",
        de: "Keine Maßnahmen: Nach Ihren Antworten ist nichts Dringendes zu tun.",
        en: "No actions: based on your answers, nothing urgent needs doing.",
    }
    LDate { nl: "Datum", fr: "Date", de: "Datum", en: "Date" }
    LContents { nl: "Inhoud", fr: "Sommaire", de: "Inhalt", en: "Contents" }
    LCyfun { nl: "CyberFundamentals BASIC", fr: "CyberFundamentals BASIC", de: "CyberFundamentals BASIC", en: "CyberFundamentals BASIC" }
    LGdpr { nl: "AVG-basis", fr: "Bases du RGPD", de: "DSGVO-Grundlagen", en: "GDPR basics" }
    LNis2 { nl: "NIS2", fr: "NIS2", de: "NIS2", en: "NIS2" }
    LTarget { nl: "Uw doelniveau", fr: "Votre niveau cible", de: "Ihr Zielniveau", en: "Your target level" }

    WhoLine {
        nl: "{actions} acties, waarvan {high} met hoge prioriteit",
        fr: "{actions} actions, dont {high} de priorité haute",
        de: "{actions} Maßnahmen, davon {high} mit hoher Priorität",
        en: "{actions} actions, {high} of them high priority",
    }
    LByWho { nl: "Wie doet wat?", fr: "Qui fait quoi ?", de: "Wer macht was?", en: "Who does what?" }
    PriorityHigh { nl: "Hoog", fr: "Haute", de: "Hoch", en: "High" }
    PriorityMedium { nl: "Middel", fr: "Moyenne", de: "Mittel", en: "Medium" }
    PriorityLow { nl: "Laag", fr: "Basse", de: "Niedrig", en: "Low" }
    WhoOwner { nl: "Zaakvoerder of directie", fr: "Dirigeant ou direction", de: "Inhaber oder Geschäftsführung", en: "Owner or manager" }
    WhoIt { nl: "IT-leverancier", fr: "Prestataire informatique", de: "IT-Dienstleister", en: "IT provider" }
    WhoAccountant { nl: "Boekhouder", fr: "Comptable", de: "Buchhalter", en: "Accountant" }
    WhoPayroll { nl: "Sociaal secretariaat", fr: "Secrétariat social", de: "Sozialsekretariat", en: "Social secretariat" }
    WhoLegal { nl: "Jurist of privacyadviseur", fr: "Juriste ou conseiller en vie privée", de: "Jurist oder Datenschutzberater", en: "Lawyer or privacy adviser" }
    WhoAllStaff { nl: "Alle medewerkers", fr: "Tout le personnel", de: "Alle Beschäftigten", en: "All staff" }
    EffortHours { nl: "Enkele uren", fr: "Quelques heures", de: "Einige Stunden", en: "A few hours" }
    EffortDays { nl: "Enkele dagen", fr: "Quelques jours", de: "Einige Tage", en: "A few days" }
    EffortWeeks { nl: "Weken (een project)", fr: "Des semaines (un projet)", de: "Wochen (ein Projekt)", en: "Weeks (a project)" }
    CostFree { nl: "Gratis (alleen tijd)", fr: "Gratuit (seulement du temps)", de: "Kostenlos (nur Zeit)", en: "Free (time only)" }
    CostLow { nl: "Minder dan 500 euro", fr: "Moins de 500 euros", de: "Unter 500 Euro", en: "Under EUR 500" }
    CostMedium { nl: "500 tot 5.000 euro", fr: "500 à 5 000 euros", de: "500 bis 5.000 Euro", en: "EUR 500 to 5,000" }
    CostHigh { nl: "Meer dan 5.000 euro", fr: "Plus de 5 000 euros", de: "Über 5.000 Euro", en: "Over EUR 5,000" }
    StatusTodo { nl: "Te doen", fr: "À faire", de: "Offen", en: "To do" }
    StatusDoing { nl: "Bezig", fr: "En cours", de: "In Arbeit", en: "In progress" }
    StatusDone { nl: "Klaar", fr: "Fait", de: "Erledigt", en: "Done" }
    Level1 { nl: "1 – Beginnend", fr: "1 – Initial", de: "1 – Anfänglich", en: "1 – Initial" }
    Level2 { nl: "2 – Herhaalbaar", fr: "2 – Reproductible", de: "2 – Wiederholbar", en: "2 – Repeatable" }
    Level3 { nl: "3 – Vastgelegd", fr: "3 – Défini", de: "3 – Definiert", en: "3 – Defined" }
    Level4 { nl: "4 – Beheerst", fr: "4 – Maîtrisé", de: "4 – Gesteuert", en: "4 – Managed" }
    Level5 { nl: "5 – Geoptimaliseerd", fr: "5 – Optimisé", de: "5 – Optimiert", en: "5 – Optimised" }

    KeyMeasuresCount {
        nl: "Kernmaatregelen op orde: {n} van de 13",
        fr: "Mesures clés en place : {n} sur 13",
        de: "Umgesetzte Schlüsselmaßnahmen: {n} von 13",
        en: "Key measures in place: {n} of 13",
    }
    CyfunReached {
        nl: "Alle 13 kernmaatregelen zijn op orde: volgens de CheckUp is de kern van CyberFundamentals BASIC aanwezig.",
        fr: "Les 13 mesures clés sont en place : selon le CheckUp, le cœur de CyberFundamentals BASIC est là.",
        de: "Alle 13 Schlüsselmaßnahmen sind umgesetzt: Nach der Lesart des CheckUp ist der Kern von CyberFundamentals BASIC vorhanden.",
        en: "All 13 key measures are in place: by the CheckUp's reading, the core of CyberFundamentals BASIC is there.",
    }
    CyfunGapsBasic {
        nl: "{count}. BASIC vraagt ze alle 13: de ontbrekende staan hieronder.",
        fr: "{count}. BASIC les demande toutes les 13 : celles qui manquent figurent ci-dessous.",
        de: "{count}. BASIC verlangt alle 13: Die fehlenden stehen unten.",
        en: "{count}. BASIC asks for all 13: the missing ones are listed below.",
    }
    CyfunGapsSmall {
        nl: "{count}. Deze kernmaatregelen zijn de basis van een goede bescherming; BASIC, dat ze alle 13 vraagt, is de volgende stap.",
        fr: "{count}. Ces mesures clés sont la base d'une bonne protection ; BASIC, qui les demande toutes les 13, est l'étape suivante.",
        de: "{count}. Diese Schlüsselmaßnahmen sind die Basis eines guten Schutzes; BASIC, das alle 13 verlangt, ist der nächste Schritt.",
        en: "{count}. These key measures are the basis of good protection; BASIC, which asks for all 13, is the next step.",
    }
    CyfunGapsHigher {
        nl: "{count}. BASIC, de eerste stap naar CyberFundamentals {level}, vraagt ze alle 13.",
        fr: "{count}. BASIC, première étape vers CyberFundamentals {level}, les demande toutes les 13.",
        de: "{count}. BASIC, der erste Schritt zu CyberFundamentals {level}, verlangt alle 13.",
        en: "{count}. BASIC, the first step towards CyberFundamentals {level}, asks for all 13.",
    }
    CyfunIncomplete {
        nl: "Kernmaatregelen op orde tot nu toe: {n} van de 13. Beantwoord de resterende beveiligingsvragen voor het volledige beeld.",
        fr: "Mesures clés en place à ce stade : {n} sur 13. Répondez aux questions de sécurité restantes pour avoir une vue complète.",
        de: "Bisher umgesetzte Schlüsselmaßnahmen: {n} von 13. Beantworten Sie die übrigen Sicherheitsfragen für ein vollständiges Bild.",
        en: "Key measures in place so far: {n} of 13. Answer the remaining security questions to complete the picture.",
    }
    CyfunExplain {
        nl: "CyberFundamentals is het raamwerk van het Centrum voor Cybersecurity België (CCB). Het CCB eist dat elke kernmaatregel van een niveau gehaald wordt. Dit oordeel is de eigen lezing van de CheckUp, geen CyFun-beoordeling: een kernmaatregel telt pas als op orde wanneer elke vraag erover het beste antwoord krijgt (“ja” of “ja, overal”). “Bijna overal” of “gedeeltelijk” laat een tekort, en een goed antwoord elders maakt dat niet goed.",
        fr: "CyberFundamentals est le cadre du Centre pour la Cybersécurité Belgique (CCB). Le CCB exige que chaque mesure clé d'un niveau soit remplie. Ce verdict est la lecture propre du CheckUp, pas une évaluation CyFun : une mesure clé ne compte comme en place que si chaque question qui la concerne reçoit la meilleure réponse (« oui » ou « oui, partout »). « Presque partout » ou « en partie » laisse une lacune, qu'une bonne réponse ailleurs ne compense pas.",
        de: "CyberFundamentals ist das Rahmenwerk des Zentrums für Cybersicherheit Belgien (ZCB). Das ZCB verlangt, dass jede Schlüsselmaßnahme eines Niveaus erfüllt ist. Dieses Urteil ist die eigene Lesart des CheckUp, keine CyFun-Bewertung: Eine Schlüsselmaßnahme gilt erst als umgesetzt, wenn jede Frage dazu die beste Antwort erhält („Ja“ oder „Ja, überall“). „Fast überall“ oder „teilweise“ lässt eine Lücke, die eine gute Antwort an anderer Stelle nicht ausgleicht.",
        en: "CyberFundamentals is the framework of the Centre for Cybersecurity Belgium (CCB). The CCB requires every key measure of a level to be met. This verdict is the CheckUp's own reading, not a CyFun assessment: a key measure counts as in place only when every question about it gets the top answer (“yes” or “yes, everywhere”). “Nearly everywhere” or “partly” leaves a gap, and a good answer elsewhere does not make up for it.",
    }
    CyfunHigherImportant {
        nl: "De CheckUp meet het BASIC-deel, de eerste stap. CyberFundamentals IMPORTANT voegt daar eisen aan toe tegen gerichte aanvallen. Doe daarvoor de zelfevaluatie van het CCB.",
        fr: "Le CheckUp mesure la partie BASIC, la première étape. CyberFundamentals IMPORTANT y ajoute des exigences contre les attaques ciblées. Pour cela, faites l'auto-évaluation du CCB.",
        de: "Der CheckUp misst den BASIC-Teil, den ersten Schritt. CyberFundamentals IMPORTANT fügt Anforderungen gegen gezielte Angriffe hinzu. Machen Sie dafür die Selbstbewertung des ZCB.",
        en: "The CheckUp measures the BASIC part, the first step. CyberFundamentals IMPORTANT adds requirements against targeted attacks on top. For those, do the CCB's self-assessment.",
    }
    CyfunHigherEssential {
        nl: "De CheckUp meet het BASIC-deel, de eerste stap. CyberFundamentals ESSENTIAL voegt daar eisen aan toe tegen gerichte en geavanceerde aanvallen. Doe daarvoor de zelfevaluatie van het CCB.",
        fr: "Le CheckUp mesure la partie BASIC, la première étape. CyberFundamentals ESSENTIAL y ajoute des exigences contre les attaques ciblées et avancées. Pour cela, faites l'auto-évaluation du CCB.",
        de: "Der CheckUp misst den BASIC-Teil, den ersten Schritt. CyberFundamentals ESSENTIAL fügt Anforderungen gegen gezielte und fortgeschrittene Angriffe hinzu. Machen Sie dafür die Selbstbewertung des ZCB.",
        en: "The CheckUp measures the BASIC part, the first step. CyberFundamentals ESSENTIAL adds requirements against targeted and advanced attacks on top. For those, do the CCB's self-assessment.",
    }
    CyfunScoreInfo {
        nl: "Uw beveiligingsscore is {score} op 100. Die toont hoe ver u staat over alle vragen, maar beslist niet over BASIC.",
        fr: "Votre score de sécurité est de {score} sur 100. Il montre où vous en êtes sur l'ensemble des questions, mais ne décide pas de BASIC.",
        de: "Ihre Sicherheitspunktzahl ist {score} von 100. Sie zeigt, wo Sie über alle Fragen stehen, entscheidet aber nicht über BASIC.",
        en: "Your security score is {score} out of 100. It shows where you stand over all questions, but does not decide BASIC.",
    }
    KeyMeasuresUnanswered {
        nl: "Kernmaatregelen nog niet beantwoord: {count}.",
        fr: "Mesures clés encore sans réponse : {count}.",
        de: "Noch nicht beantwortete Schlüsselmaßnahmen: {count}.",
        en: "Key measures not answered yet: {count}.",
    }
    MeasureInPlace { nl: "Op orde", fr: "En place", de: "Umgesetzt", en: "In place" }
    MeasureGap { nl: "Vraagt werk", fr: "À améliorer", de: "Braucht Arbeit", en: "Needs work" }
    MeasureUnknown { nl: "Nog niet beantwoord", fr: "Pas encore de réponse", de: "Noch nicht beantwortet", en: "Not answered yet" }
    KeyMeasuresMissing { nl: "Kernmaatregelen nog niet op orde", fr: "Mesures clés pas encore en place", de: "Noch nicht umgesetzte Schlüsselmaßnahmen", en: "Key measures not yet in place" }
    ShowQuestions { nl: "Toon de vragen", fr: "Voir les questions", de: "Fragen anzeigen", en: "Show the questions" }
    // Short names of the 13 key measures of CyberFundamentals 2025 BASIC (the
    // requirement id is added after the name).
    KmIdAm082 { nl: "Beveiligingsupdates", fr: "Mises à jour de sécurité", de: "Sicherheitsupdates", en: "Security updates" }
    KmPrAa011 { nl: "Persoonlijke accounts en wachtwoorden", fr: "Comptes personnels et mots de passe", de: "Persönliche Konten und Passwörter", en: "Personal accounts and passwords" }
    KmPrAa032 { nl: "MFA voor toegang van buitenaf", fr: "MFA pour l'accès à distance", de: "MFA für den Fernzugriff", en: "MFA for remote access" }
    KmPrAa051 { nl: "Toegangsrechten beheerd en nagekeken", fr: "Droits d'accès gérés et revus", de: "Zugriffsrechte verwaltet und überprüft", en: "Access rights managed and reviewed" }
    KmPrAa052 { nl: "Wie toegang nodig heeft tot wat", fr: "Qui a besoin d'accéder à quoi", de: "Wer worauf Zugriff braucht", en: "Who needs access to what" }
    KmPrAa053 { nl: "Alleen de toegang die het werk vraagt", fr: "Uniquement les accès nécessaires au travail", de: "Nur die Zugriffe, die die Arbeit braucht", en: "Only the access the work needs" }
    KmPrAa054 { nl: "Geen beheerdersrechten voor dagelijks werk", fr: "Pas de droits d'administrateur pour le travail quotidien", de: "Keine Administratorrechte für die tägliche Arbeit", en: "No administrator rights for daily work" }
    KmPrDs111 { nl: "Back-ups op een apart systeem", fr: "Sauvegardes sur un système distinct", de: "Sicherungen auf einem getrennten System", en: "Backups on a separate system" }
    KmPrPs041 { nl: "Logbestanden bijgehouden en opgevolgd", fr: "Journaux conservés et surveillés", de: "Protokolle geführt und überwacht", en: "Logs kept and monitored" }
    KmPrIr011 { nl: "Firewalls geïnstalleerd en onderhouden", fr: "Pare-feu installés et entretenus", de: "Firewalls installiert und gepflegt", en: "Firewalls installed and maintained" }
    KmPrIr012 { nl: "Netwerksegmentatie", fr: "Segmentation du réseau", de: "Netzwerksegmentierung", en: "Network segmentation" }
    KmDeCm012 { nl: "Antimalware geïnstalleerd en bijgewerkt", fr: "Anti-malware installé et à jour", de: "Virenschutz installiert und aktuell", en: "Anti-malware installed and updated" }
    KmDeAe031 { nl: "Beveiligingslogs nagekeken", fr: "Journaux de sécurité examinés", de: "Sicherheitsprotokolle ausgewertet", en: "Security logs reviewed" }
    GdprReached {
        nl: "Geen wettelijke verplichtingen die dringend moeten worden rechtgezet: uw AVG-basis is op orde.",
        fr: "Aucune obligation légale à corriger d'urgence : vos bases RGPD sont en place.",
        de: "Keine gesetzlichen Pflichten, die dringend nachzuholen sind: Ihre DSGVO-Grundlagen sind umgesetzt.",
        en: "No legal must-fix items: your GDPR basics are in place.",
    }
    GdprMustFix {
        nl: "{count} wettelijke verplichting(en) moeten eerst in orde komen.",
        fr: "{count} obligation(s) légale(s) doivent d'abord être réglées.",
        de: "{count} gesetzliche Pflicht(en) müssen zuerst erfüllt werden.",
        en: "{count} legal must-fix item(s) need attention first.",
    }
    GdprIncomplete {
        nl: "Beantwoord alle vragen over de AVG om uw wettelijke verplichtingen te zien.",
        fr: "Répondez à toutes les questions sur le RGPD pour voir vos obligations légales.",
        de: "Beantworten Sie alle Fragen zur DSGVO, um Ihre gesetzlichen Pflichten zu sehen.",
        en: "Answer all GDPR questions to see your legal must-fix items.",
    }
    GdprExplain {
        nl: "Sommige punten zijn geen goede gewoonte maar een wettelijke plicht uit de AVG. De GBA kan ernaar vragen; zet ze bovenaan uw lijst.",
        fr: "Certains points ne sont pas une bonne pratique mais une obligation légale du RGPD. L'APD peut vous les demander ; mettez-les en tête de votre liste.",
        de: "Manche Punkte sind keine gute Praxis, sondern eine gesetzliche Pflicht aus der DSGVO. Die Datenschutzbehörde kann danach fragen; setzen Sie sie oben auf Ihre Liste.",
        en: "Some items are not good practice but a legal duty under the GDPR. The Belgian DPA can ask about them; put them at the top of your list.",
    }
    MustFixUnanswered {
        nl: "{count} wettelijke verplichting(en) zijn nog niet beantwoord.",
        fr: "{count} obligation(s) légale(s) sont encore sans réponse.",
        de: "{count} gesetzliche Pflicht(en) sind noch nicht beantwortet.",
        en: "{count} legal must-fix item(s) are not answered yet.",
    }
    Nis2Essential {
        nl: "Uw organisatie valt waarschijnlijk onder NIS2, als essentiële entiteit.",
        fr: "Votre organisation relève probablement de NIS2, comme entité essentielle.",
        de: "Ihre Organisation fällt wahrscheinlich unter NIS2, als wesentliche Einrichtung.",
        en: "Your organisation is likely in scope of NIS2, as an essential entity.",
    }
    Nis2Important {
        nl: "Uw organisatie valt waarschijnlijk onder NIS2, als belangrijke entiteit.",
        fr: "Votre organisation relève probablement de NIS2, comme entité importante.",
        de: "Ihre Organisation fällt wahrscheinlich unter NIS2, als wichtige Einrichtung.",
        en: "Your organisation is likely in scope of NIS2, as an important entity.",
    }
    Nis2Out {
        nl: "Uw organisatie valt waarschijnlijk niet onder NIS2.",
        fr: "Votre organisation ne relève probablement pas de NIS2.",
        de: "Ihre Organisation fällt wahrscheinlich nicht unter NIS2.",
        en: "Your organisation is likely out of scope of NIS2.",
    }
    Nis2Unclear {
        nl: "Uit uw antwoorden blijkt niet duidelijk of NIS2 voor u geldt.",
        fr: "Vos réponses ne permettent pas de dire clairement si NIS2 vous concerne.",
        de: "Aus Ihren Antworten geht nicht klar hervor, ob NIS2 für Sie gilt.",
        en: "Your answers do not make clear whether NIS2 applies to you.",
    }
    Nis2WhyEssentialAnySize {
        nl: "U levert gekwalificeerde vertrouwensdiensten, een register voor een topleveldomein of DNS-diensten voor anderen: NIS2 maakt daarvan essentiële entiteiten, ongeacht de grootte (NIS2-richtlijn, art. 3).",
        fr: "Vous fournissez des services de confiance qualifiés, un registre de domaine de premier niveau ou des services DNS pour des tiers : NIS2 en fait des entités essentielles, quelle que soit leur taille (directive NIS2, art. 3).",
        de: "Sie erbringen qualifizierte Vertrauensdienste, eine Registry für eine Top-Level-Domain oder DNS-Dienste für andere: NIS2 macht daraus wesentliche Einrichtungen, unabhängig von der Größe (NIS2-Richtlinie, Art. 3).",
        en: "You provide qualified trust services, a top-level domain registry or DNS services for others: NIS2 makes these essential entities, whatever their size (NIS2 Directive, Art. 3).",
    }
    Nis2WhyTelecomMediumOrLarge {
        nl: "U levert een openbaar elektronisch communicatienetwerk of een openbare elektronische communicatiedienst, en uw organisatie is minstens middelgroot: daarmee is ze een essentiële entiteit (NIS2-richtlijn, art. 3).",
        fr: "Vous fournissez un réseau public de communications électroniques ou un service de communications électroniques accessible au public, et votre organisation est au moins de taille moyenne : elle est donc une entité essentielle (directive NIS2, art. 3).",
        de: "Sie erbringen ein öffentliches elektronisches Kommunikationsnetz oder einen öffentlich zugänglichen elektronischen Kommunikationsdienst, und Ihre Organisation ist mindestens mittelgroß: Damit ist sie eine wesentliche Einrichtung (NIS2-Richtlinie, Art. 3).",
        en: "You provide a public electronic communications network or service, and your organisation is at least medium-sized: that makes it an essential entity (NIS2 Directive, Art. 3).",
    }
    Nis2WhyTelecomSmall {
        nl: "U levert een openbaar elektronisch communicatienetwerk of een openbare elektronische communicatiedienst. NIS2 geldt daarvoor ongeacht de grootte; een kleine aanbieder is een belangrijke entiteit (NIS2-richtlijn, art. 2 en 3).",
        fr: "Vous fournissez un réseau public de communications électroniques ou un service de communications électroniques accessible au public. NIS2 s'y applique quelle que soit la taille ; un petit fournisseur est une entité importante (directive NIS2, art. 2 et 3).",
        de: "Sie erbringen ein öffentliches elektronisches Kommunikationsnetz oder einen öffentlich zugänglichen elektronischen Kommunikationsdienst. NIS2 gilt dafür unabhängig von der Größe; ein kleiner Anbieter ist eine wichtige Einrichtung (NIS2-Richtlinie, Art. 2 und 3).",
        en: "You provide a public electronic communications network or service. NIS2 covers this whatever the size; a small provider is an important entity (NIS2 Directive, Art. 2 and 3).",
    }
    Nis2WhyTrustService {
        nl: "U levert vertrouwensdiensten die niet gekwalificeerd zijn. NIS2 geldt daarvoor ongeacht de grootte; zolang uw organisatie niet groot is, is ze een belangrijke entiteit (NIS2-richtlijn, art. 2 en 3).",
        fr: "Vous fournissez des services de confiance non qualifiés. NIS2 s'y applique quelle que soit la taille ; tant que votre organisation n'est pas grande, elle est une entité importante (directive NIS2, art. 2 et 3).",
        de: "Sie erbringen nicht qualifizierte Vertrauensdienste. NIS2 gilt dafür unabhängig von der Größe; solange Ihre Organisation nicht groß ist, ist sie eine wichtige Einrichtung (NIS2-Richtlinie, Art. 2 und 3).",
        en: "You provide trust services that are not qualified. NIS2 covers these whatever the size; as long as your organisation is not large, it is an important entity (NIS2 Directive, Art. 2 and 3).",
    }
    Nis2WhyAnnexILarge {
        nl: "U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is groot: 250 of meer medewerkers, of zowel een omzet boven 50 miljoen euro als een balanstotaal boven 43 miljoen euro.",
        fr: "Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est grande : 250 personnes ou plus, ou à la fois un chiffre d'affaires de plus de 50 millions d'euros et un total du bilan de plus de 43 millions d'euros.",
        de: "Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig, und Ihre Organisation ist groß: 250 oder mehr Beschäftigte, oder sowohl ein Umsatz über 50 Millionen Euro als auch eine Bilanzsumme über 43 Millionen Euro.",
        en: "You work in a sector of high criticality (Annex I) and your organisation is large: 250 or more staff, or both a turnover over EUR 50 million and a balance sheet total over EUR 43 million.",
    }
    Nis2WhyAnnexIMedium {
        nl: "U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is middelgroot: 50 tot 249 medewerkers, of zowel omzet als balanstotaal boven 10 miljoen euro, zonder groot te zijn.",
        fr: "Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est moyenne : de 50 à 249 personnes, ou à la fois un chiffre d'affaires et un total du bilan de plus de 10 millions d'euros, sans être grande.",
        de: "Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig, und Ihre Organisation ist mittelgroß: 50 bis 249 Beschäftigte, oder sowohl Umsatz als auch Bilanzsumme über 10 Millionen Euro, ohne groß zu sein.",
        en: "You work in a sector of high criticality (Annex I) and your organisation is medium-sized: 50 to 249 staff, or both turnover and balance sheet total over EUR 10 million, without being large.",
    }
    Nis2WhyAnnexII {
        nl: "U werkt in een andere kritieke sector (bijlage II) en uw organisatie is middelgroot of groot.",
        fr: "Vous êtes actif dans un autre secteur critique (annexe II) et votre organisation est moyenne ou grande.",
        de: "Sie sind in einem sonstigen kritischen Sektor (Anhang II) tätig, und Ihre Organisation ist mittelgroß oder groß.",
        en: "You work in another critical sector (Annex II) and your organisation is medium-sized or large.",
    }
    Nis2WhyTooSmall {
        nl: "Uw organisatie is klein volgens de Europese definitie: minder dan 50 medewerkers, en een omzet of een balanstotaal van hoogstens 10 miljoen euro. Bij die grootte geldt NIS2 alleen voor enkele digitale diensten, zoals openbare telecom, vertrouwensdiensten en DNS.",
        fr: "Votre organisation est petite selon la définition européenne : moins de 50 personnes, et un chiffre d'affaires ou un total du bilan de 10 millions d'euros au plus. À cette taille, NIS2 ne vise que quelques services numériques, comme les télécommunications publiques, les services de confiance et le DNS.",
        de: "Ihre Organisation ist nach der europäischen Definition klein: weniger als 50 Beschäftigte, und ein Umsatz oder eine Bilanzsumme von höchstens 10 Millionen Euro. In dieser Größe gilt NIS2 nur für einige digitale Dienste, etwa öffentliche Telekommunikation, Vertrauensdienste und DNS.",
        en: "Your organisation is small under the EU definition: fewer than 50 staff, and a turnover or a balance sheet total of at most EUR 10 million. At that size NIS2 only covers a few digital services, such as public telecom, trust services and DNS.",
    }
    Nis2WhyNoSector {
        nl: "U werkt niet in een van de sectoren die de bijlagen van NIS2 opsommen.",
        fr: "Vous n'êtes actif dans aucun des secteurs énumérés dans les annexes de NIS2.",
        de: "Sie sind in keinem der Sektoren tätig, die die Anhänge von NIS2 aufzählen.",
        en: "You do not work in any of the sectors that the NIS2 annexes list.",
    }
    Nis2WhySectorUnknown {
        nl: "U gaf niet aan in welke sector u werkt. Daarvan hangt af of NIS2 voor u geldt.",
        fr: "Vous n'avez pas indiqué dans quel secteur vous travaillez. C'est de cela que dépend l'application de NIS2.",
        de: "Sie haben nicht angegeben, in welcher Branche Sie tätig sind. Davon hängt ab, ob NIS2 für Sie gilt.",
        en: "You did not say which sector you work in. Whether NIS2 applies depends on it.",
    }
    Nis2WhySpecialUnknown {
        nl: "U gaf niet aan of u telecom-, vertrouwens- of DNS-diensten aan anderen levert. NIS2 geldt daarvoor ongeacht de grootte.",
        fr: "Vous n'avez pas indiqué si vous fournissez des services de télécommunications, de confiance ou DNS à des tiers. NIS2 s'y applique quelle que soit la taille.",
        de: "Sie haben nicht angegeben, ob Sie Telekommunikations-, Vertrauens- oder DNS-Dienste für andere erbringen. NIS2 gilt dafür unabhängig von der Größe.",
        en: "You did not say whether you provide telecom, trust or DNS services to others. NIS2 covers those whatever the size.",
    }
    Nis2WhySizeUnknown {
        nl: "Uw aantal medewerkers, omzet of balanstotaal is niet precies genoeg gekend om uw grootte te bepalen. Vraag het uw boekhouder.",
        fr: "Votre effectif, votre chiffre d'affaires ou votre total du bilan n'est pas connu avec assez de précision pour déterminer votre taille. Demandez-le à votre comptable.",
        de: "Beschäftigtenzahl, Umsatz oder Bilanzsumme sind nicht genau genug bekannt, um Ihre Größe zu bestimmen. Fragen Sie Ihren Buchhalter.",
        en: "Your staff numbers, turnover or balance sheet total are not known well enough to tell your size. Ask your accountant.",
    }
    Nis2WhyGroup {
        nl: "Uw organisatie hoort bij een groep, of u weet het niet zeker. Dan tellen de cijfers van partner- en verbonden ondernemingen mee (aanbeveling 2003/361/EG, bijlage, art. 3 en 6), en volstaan uw eigen cijfers niet. Geef de grootte van de groep op, of vraag het uw boekhouder. Het CCB houdt er rekening mee hoe onafhankelijk uw netwerk- en informatiesystemen zijn van die van de groep (Belgische NIS2-wet, art. 3, § 2).",
        fr: "Votre organisation fait partie d'un groupe, ou vous n'en êtes pas sûr. Les chiffres des entreprises partenaires et liées comptent alors aussi (recommandation 2003/361/CE, annexe, art. 3 et 6), et vos propres chiffres ne suffisent pas. Indiquez la taille du groupe ou demandez-la à votre comptable. Le CCB tient compte du degré d'indépendance de vos réseaux et systèmes d'information par rapport à ceux du groupe (loi NIS2 belge, art. 3, § 2).",
        de: "Ihre Organisation gehört zu einer Gruppe, oder Sie wissen es nicht sicher. Dann zählen die Zahlen der Partner- und verbundenen Unternehmen mit (Empfehlung 2003/361/EG, Anhang, Art. 3 und 6), und Ihre eigenen Zahlen reichen nicht aus. Geben Sie die Größe der Gruppe an oder fragen Sie Ihren Buchhalter. Das ZCB berücksichtigt, wie unabhängig Ihre Netz- und Informationssysteme von denen der Gruppe sind (belgisches NIS2-Gesetz, Art. 3 § 2).",
        en: "Your organisation is part of a group, or you are not sure. The figures of partner and linked enterprises then count too (Recommendation 2003/361/EC, Annex, Art. 3 and 6), so your own figures are not enough. Give the group's size, or ask your accountant. The CCB takes into account how independent your network and information systems are from the group's (Belgian NIS2 law, Art. 3 §2).",
    }
    Nis2WhyGroupSize {
        nl: "Deze aanwijzing gebruikt de grootte van uw groep, zoals de Europese definitie voorschrijft.",
        fr: "Cette indication utilise la taille de votre groupe, comme le prévoit la définition européenne.",
        de: "Dieser Hinweis verwendet die Größe Ihrer Gruppe, wie es die europäische Definition vorsieht.",
        en: "This indication uses the size of your group, as the EU definition requires.",
    }
    Nis2WhyPublicBody {
        nl: "Voor overheden geldt de Belgische NIS2-wet voor het openbaar bestuur van de federale staat en van de gemeenschappen en gewesten. Lokale besturen, zoals gemeenten, OCMW's en intercommunales, vallen er alleen onder als ze een activiteit uit de bijlagen uitoefenen en groot genoeg zijn, of als het CCB hen aanwijst. Die aanwijzing beslist: vraag het na bij het CCB.",
        fr: "Pour les autorités publiques, la loi NIS2 belge s'applique à l'administration publique de l'État fédéral et des communautés et régions. Les pouvoirs locaux, comme les communes, les CPAS et les intercommunales, ne sont visés que s'ils exercent une activité des annexes en ayant la taille requise, ou si le CCB les désigne. C'est cette désignation qui décide : renseignez-vous auprès du CCB.",
        de: "Für Behörden gilt das belgische NIS2-Gesetz für die öffentliche Verwaltung des Föderalstaats sowie der Gemeinschaften und Regionen. Lokale Behörden wie Gemeinden, ÖSHZ und Interkommunalen fallen nur darunter, wenn sie eine Tätigkeit aus den Anhängen ausüben und groß genug sind, oder wenn das ZCB sie bestimmt. Diese Bestimmung entscheidet: Erkundigen Sie sich beim ZCB.",
        en: "For public bodies, the Belgian NIS2 law covers the public administration of the federal State and of the Communities and Regions. Local authorities, such as municipalities, public social welfare centres and inter-municipal companies, are covered only when they carry out an activity of the annexes at the required size, or when the CCB designates them. That designation decides: check with the CCB.",
    }
    Nis2WhyAtLeastImportant {
        nl: "Wat de ontbrekende antwoorden ook zijn: uw organisatie valt onder NIS2, minstens als belangrijke entiteit.",
        fr: "Quelles que soient les réponses manquantes, votre organisation relève de NIS2, au moins comme entité importante.",
        de: "Wie auch immer die fehlenden Antworten lauten: Ihre Organisation fällt unter NIS2, mindestens als wichtige Einrichtung.",
        en: "Whatever the missing answers, your organisation is in scope of NIS2, at least as an important entity.",
    }
    Nis2PointerDora {
        nl: "Voor banken en andere financiële entiteiten legt de DORA-verordening (Verordening (EU) 2022/2554) de regels voor beveiliging en het melden van incidenten vast. Waar ze dat doet, wijken de NIS2-regels daarvoor (NIS2-richtlijn, art. 4).",
        fr: "Pour les banques et les autres entités financières, le règlement DORA (règlement (UE) 2022/2554) fixe les règles de sécurité et de notification des incidents. Là où il le fait, les règles de NIS2 s'effacent (directive NIS2, art. 4).",
        de: "Für Banken und andere Finanzunternehmen legt die DORA-Verordnung (Verordnung (EU) 2022/2554) die Regeln für Sicherheit und Meldung von Vorfällen fest. Wo sie das tut, treten die NIS2-Regeln zurück (NIS2-Richtlinie, Art. 4).",
        en: "For banks and other financial entities, the DORA Regulation (Regulation (EU) 2022/2554) sets the rules for security and incident reporting. Where it does, the NIS2 rules give way to it (NIS2 Directive, Art. 4).",
    }
    Nis2PointerCra {
        nl: "Maakt u hardware of software die met een toestel of netwerk verbonden wordt en in de EU verkocht wordt? Dan geldt voor die producten de Cyberweerbaarheidsverordening (Verordening (EU) 2024/2847): vanaf 11 september 2026 moet u actief misbruikte kwetsbaarheden en ernstige incidenten melden (art. 14).",
        fr: "Vous fabriquez du matériel ou des logiciels qui se connectent à un appareil ou à un réseau et sont vendus dans l'UE ? Le règlement sur la cyberrésilience (règlement (UE) 2024/2847) s'applique alors à ces produits : à partir du 11 septembre 2026, vous devez notifier les vulnérabilités activement exploitées et les incidents graves (art. 14).",
        de: "Stellen Sie Hardware oder Software her, die sich mit einem Gerät oder Netz verbindet und in der EU verkauft wird? Dann gilt für diese Produkte die Cyberresilienz-Verordnung (Verordnung (EU) 2024/2847): Ab dem 11. September 2026 müssen Sie aktiv ausgenutzte Schwachstellen und schwerwiegende Vorfälle melden (Art. 14).",
        en: "Do you make hardware or software that connects to a device or network and is sold in the EU? Then the Cyber Resilience Act (Regulation (EU) 2024/2847) applies to those products: from 11 September 2026 you must report actively exploited vulnerabilities and severe incidents (Art. 14).",
    }
    Nis2Supplier {
        nl: "Let op: organisaties die onder NIS2 vallen, moeten ook de beveiliging bij hun leveranciers opvolgen. Het CCB raadt hen aan om van belangrijke leveranciers minstens CyberFundamentals BASIC te vragen.",
        fr: "Attention : les organisations soumises à NIS2 doivent aussi veiller à la sécurité de leurs fournisseurs. Le CCB leur conseille de demander au moins CyberFundamentals BASIC à leurs fournisseurs importants.",
        de: "Achtung: Organisationen, die unter NIS2 fallen, müssen auch die Sicherheit ihrer Lieferanten im Blick behalten. Das ZCB rät ihnen, von wichtigen Lieferanten mindestens CyberFundamentals BASIC zu verlangen.",
        en: "Note: organisations under NIS2 must also look after the security of their suppliers. The CCB advises them to ask their key suppliers for at least CyberFundamentals BASIC.",
    }
    Nis2Duties {
        nl: "Onder NIS2 moet het bestuur de beveiligingsmaatregelen goedkeuren en een opleiding volgen. U moet zich registreren bij het CCB via Safeonweb@work en significante incidenten melden: een vroege waarschuwing binnen 24 uur, een melding binnen 72 uur en een eindverslag binnen een maand. Uw actieplan bevat deze plichten.",
        fr: "Sous NIS2, la direction doit approuver les mesures de sécurité et suivre une formation. Vous devez vous enregistrer auprès du CCB via Safeonweb@work et notifier les incidents importants : une alerte précoce dans les 24 heures, une notification dans les 72 heures et un rapport final dans le mois. Votre plan d'action reprend ces obligations.",
        de: "Unter NIS2 muss die Leitung die Sicherheitsmaßnahmen genehmigen und an einer Schulung teilnehmen. Sie müssen sich über Safeonweb@work beim ZCB registrieren und erhebliche Sicherheitsvorfälle melden: eine Frühwarnung innerhalb von 24 Stunden, eine Meldung innerhalb von 72 Stunden und einen Abschlussbericht innerhalb eines Monats. Ihr Maßnahmenplan enthält diese Pflichten.",
        en: "Under NIS2, the management body must approve the security measures and follow training. You must register with the CCB through Safeonweb@work and report significant incidents: an early warning within 24 hours, a notification within 72 hours and a final report within one month. Your action plan lists these duties.",
    }
    Nis2DutiesEssential {
        nl: "Als essentiële entiteit hebt u ook een regelmatige conformiteitsbeoordeling nodig: een certificering volgens CyberFundamentals of ISO/IEC 27001 door een geaccrediteerde instelling, of een inspectie door het CCB.",
        fr: "En tant qu'entité essentielle, vous avez aussi besoin d'une évaluation périodique de la conformité : une certification CyberFundamentals ou ISO/IEC 27001 par un organisme accrédité, ou une inspection par le CCB.",
        de: "Als wesentliche Einrichtung brauchen Sie außerdem eine regelmäßige Konformitätsbewertung: eine Zertifizierung nach CyberFundamentals oder ISO/IEC 27001 durch eine akkreditierte Stelle oder eine Inspektion durch das ZCB.",
        en: "As an essential entity you also need a regular conformity assessment: a CyberFundamentals or ISO/IEC 27001 certification by an accredited body, or an inspection by the CCB.",
    }
    Nis2NotLegalAdvice {
        nl: "Dit is een eerste aanwijzing, geen juridisch advies. Doe de officiële scopetest van het CCB om zeker te zijn.",
        fr: "Ceci est une première indication, pas un avis juridique. Faites le test officiel du CCB pour en être sûr.",
        de: "Dies ist ein erster Hinweis, keine Rechtsberatung. Machen Sie den offiziellen Test des ZCB, um sicher zu sein.",
        en: "This is a first indication, not legal advice. Take the CCB's official scope test to be sure.",
    }
    TargetHeadline {
        nl: "Mik op CyberFundamentals {level}.",
        fr: "Visez CyberFundamentals {level}.",
        de: "Streben Sie CyberFundamentals {level} an.",
        en: "Aim for CyberFundamentals {level}.",
    }
    TargetWhyNis2 {
        nl: "Dit niveau past meestal bij uw waarschijnlijke status onder NIS2; bevestig het met de CyFun-keuzetool van het CCB. Het CCB aanvaardt CyberFundamentals als manier om aan NIS2 te voldoen.",
        fr: "Ce niveau correspond généralement à votre situation probable sous NIS2 ; confirmez-le avec l'outil de sélection CyFun du CCB. Le CCB accepte CyberFundamentals comme moyen de satisfaire à NIS2.",
        de: "Dieses Niveau passt meist zu Ihrer wahrscheinlichen Einstufung unter NIS2; bestätigen Sie es mit dem CyFun-Auswahlwerkzeug des ZCB. Das ZCB akzeptiert CyberFundamentals als Weg, NIS2 zu erfüllen.",
        en: "This level usually matches your likely NIS2 status; confirm it with the CCB's CyFun selection tool. The CCB accepts CyberFundamentals as a way to meet NIS2.",
    }
    TargetWhyMicro {
        nl: "Voor een heel kleine organisatie zonder gevoelige gegevens of eisen van klanten is het niveau Small een goed begin. Groeit u, mik dan op BASIC.",
        fr: "Pour une très petite organisation sans données sensibles ni exigences de clients, le niveau Small est un bon début. Si vous grandissez, visez BASIC.",
        de: "Für eine sehr kleine Organisation ohne sensible Daten oder Kundenanforderungen ist das Niveau Small ein guter Anfang. Wenn Sie wachsen, streben Sie BASIC an.",
        en: "For a very small organisation without sensitive data or customer demands, the Small level is a good start. As you grow, aim for BASIC.",
    }
    TargetWhyBaseline {
        nl: "BASIC is de basisbescherming die het CCB elke organisatie aanraadt, en wat organisaties onder NIS2 van hun leveranciers vragen.",
        fr: "BASIC est la protection de base que le CCB recommande à toute organisation, et ce que les organisations soumises à NIS2 demandent à leurs fournisseurs.",
        de: "BASIC ist der Grundschutz, den das ZCB jeder Organisation empfiehlt, und das, was Organisationen unter NIS2 von ihren Lieferanten verlangen.",
        en: "BASIC is the baseline the CCB recommends to every organisation, and what organisations under NIS2 ask of their suppliers.",
    }
    TargetWhyUnclear {
        nl: "Zolang niet duidelijk is of NIS2 voor u geldt, is BASIC een veilig doel.",
        fr: "Tant qu'on ne sait pas si NIS2 vous concerne, BASIC est un objectif sûr.",
        de: "Solange unklar ist, ob NIS2 für Sie gilt, ist BASIC ein sicheres Ziel.",
        en: "Until it is clear whether NIS2 applies to you, BASIC is a safe aim.",
    }

    MethodScoringTitle { nl: "Hoe we scoren", fr: "Comment nous calculons le score", de: "Wie wir bewerten", en: "How we score" }
    MethodScoring1 {
        nl: "Elke beantwoorde vraag krijgt een score van 0 tot 100: \"ja\" 100, \"gedeeltelijk\" 50, \"nee\" 0. \"Weet ik niet\" telt als 0, want wat u niet weet is niet geregeld, en voegt de actie \"zoek het uit\" toe aan uw plan.",
        fr: "Chaque question à laquelle vous avez répondu reçoit un score de 0 à 100 : « oui » 100, « en partie » 50, « non » 0. « Je ne sais pas » compte pour 0, car ce que vous ne savez pas n'est pas réglé, et ajoute l'action « clarifiez » à votre plan.",
        de: "Jede beantwortete Frage erhält eine Punktzahl von 0 bis 100: „ja“ 100, „teilweise“ 50, „nein“ 0. „Weiß ich nicht“ zählt als 0, denn was Sie nicht wissen, ist nicht geregelt, und fügt Ihrem Plan die Maßnahme „klären“ hinzu.",
        en: "Each answered question scores 0 to 100: \"yes\" 100, \"partly\" 50, \"no\" 0. \"Don't know\" counts as 0, because what you do not know is not in place, and adds a \"find out\" action to your plan.",
    }
    MethodScoring2 {
        nl: "\"Niet van toepassing\", vragen die voor u niet gelden en onbeantwoorde vragen tellen niet mee. De score van een onderdeel is het gewogen gemiddelde van zijn vragen (gewicht 1 tot 5); de totaalscore is het gemiddelde van de CheckUps.",
        fr: "« Pas d'application », les questions qui ne vous concernent pas et les questions sans réponse ne comptent pas. Le score d'une partie est la moyenne pondérée de ses questions (poids de 1 à 5) ; le score global est la moyenne des CheckUps.",
        de: "„Trifft nicht zu“, Fragen, die für Sie nicht gelten, und unbeantwortete Fragen zählen nicht. Die Punktzahl eines Bereichs ist der gewichtete Durchschnitt seiner Fragen (Gewicht 1 bis 5); die Gesamtpunktzahl ist der Durchschnitt der CheckUps.",
        en: "\"Not applicable\", questions that do not apply to you and unanswered questions are left out. A section's score is the weighted average of its questions (weights 1 to 5); the overall score is the average of the CheckUps.",
    }
    MethodScoring3 {
        nl: "Het niveau per onderdeel volgt de geest van CyberFundamentals: 1 onder 20, 2 onder 40, 3 onder 60, 4 onder 80, 5 vanaf 80. Het oordeel over BASIC is de eigen lezing van de CheckUp, geïnspireerd door de regel van het CCB dat elke kernmaatregel gehaald moet worden: elk van de 13 kernmaatregelen telt pas als op orde wanneer elke vraag erover het beste antwoord krijgt (of “niet van toepassing” waar de vraag dat toelaat). “Bijna overal” en “gedeeltelijk” laten een tekort. De beveiligingsscore staat ernaast, maar beslist niet.",
        fr: "Le niveau par partie suit l'esprit de CyberFundamentals : 1 en dessous de 20, 2 en dessous de 40, 3 en dessous de 60, 4 en dessous de 80, 5 à partir de 80. Le verdict BASIC est la lecture propre du CheckUp, inspirée de la règle du CCB selon laquelle chaque mesure clé doit être remplie : chacune des 13 mesures clés ne compte comme en place que si chaque question qui la concerne reçoit la meilleure réponse (ou « Pas d'application » lorsque la question le permet). « Presque partout » et « en partie » laissent une lacune. Le score de sécurité est affiché à côté, mais ne décide pas.",
        de: "Die Stufe je Bereich folgt dem Geist von CyberFundamentals: 1 unter 20, 2 unter 40, 3 unter 60, 4 unter 80, 5 ab 80. Das Urteil zu BASIC ist die eigene Lesart des CheckUp, angelehnt an die Regel des ZCB, dass jede Schlüsselmaßnahme erfüllt sein muss: Jede der 13 Schlüsselmaßnahmen gilt erst als umgesetzt, wenn jede Frage dazu die beste Antwort erhält (oder „Trifft nicht zu“, wo die Frage das erlaubt). „Fast überall“ und „teilweise“ lassen eine Lücke. Die Sicherheitspunktzahl steht daneben, entscheidet aber nicht.",
        en: "The level per section follows the spirit of CyberFundamentals: 1 below 20, 2 below 40, 3 below 60, 4 below 80, 5 from 80. The BASIC verdict is the CheckUp's own reading, inspired by the CCB's rule that every key measure must be met: each of the 13 key measures counts as in place only when every question about it gets the top answer (or “not applicable” where the question allows it). “Nearly everywhere” and “partly” leave a gap. The security score is shown beside it but does not decide it.",
    }
    MethodScoring5 {
        nl: "Dit is geen CyFun-beoordeling. In de zelfevaluatietool van het CCB krijgt elke eis twee cijfers, voor documentatie en voor uitvoering, op een schaal van volwassenheid van 1 tot 5; de gemiddelden en elke kernmaatregel worden vergeleken met de drempels uit het conformiteitsbeoordelingsschema van het CCB. Alleen een geaccrediteerde conformiteitsbeoordelingsinstantie kan het resultaat verifiëren of certificeren.",
        fr: "Ceci n'est pas une évaluation CyFun. Dans l'outil d'auto-évaluation du CCB, chaque exigence reçoit deux notes, pour la documentation et pour la mise en œuvre, sur une échelle de maturité de 1 à 5 ; les moyennes et chaque mesure clé sont comparées aux seuils du schéma d'évaluation de la conformité du CCB. Seul un organisme d'évaluation de la conformité accrédité peut vérifier ou certifier le résultat.",
        de: "Dies ist keine CyFun-Bewertung. Im Selbstbewertungswerkzeug des ZCB erhält jede Anforderung zwei Werte, für die Dokumentation und für die Umsetzung, auf einer Reifegradskala von 1 bis 5; die Durchschnitte und jede Schlüsselmaßnahme werden mit den Schwellen des Konformitätsbewertungsprogramms des ZCB verglichen. Nur eine akkreditierte Konformitätsbewertungsstelle kann das Ergebnis verifizieren oder zertifizieren.",
        en: "This is not a CyFun assessment. In the CCB's own self-assessment tool, each requirement gets two ratings, for documentation and for implementation, on a maturity scale from 1 to 5; the averages and every key measure are compared with the thresholds of the CCB's conformity assessment scheme. Only an accredited conformity assessment body can verify or certify the result.",
    }
    MethodScoring4 {
        nl: "Het actieplan zet kernmaatregelen en wettelijke verplichtingen bovenaan, daarna de acties met het meeste effect voor de minste moeite. \"Begin deze week\" toont snelle winsten: veel effect, enkele uren werk, weinig kosten.",
        fr: "Le plan d'action place d'abord les mesures clés et les obligations légales, puis les actions qui ont le plus d'effet pour le moins d'effort. « À commencer cette semaine » montre des gains rapides : beaucoup d'effet, quelques heures de travail, peu de frais.",
        de: "Der Maßnahmenplan stellt Schlüsselmaßnahmen und gesetzliche Pflichten an den Anfang, danach die Maßnahmen mit der größten Wirkung für den kleinsten Aufwand. „Diese Woche beginnen“ zeigt schnelle Erfolge: viel Wirkung, einige Stunden Arbeit, geringe Kosten.",
        en: "The action plan puts key measures and legal must-fix items first, then the actions with the most effect for the least effort. \"Start this week\" shows quick wins: high impact, a few hours of work, little cost.",
    }
    MethodSourcesTitle { nl: "Bronnen", fr: "Sources", de: "Quellen", en: "Sources" }
    MethodSourcesGdpr {
        nl: "De AVG: Verordening (EU) 2016/679, met de Belgische kaderwet van 30 juli 2018, de camerawet van 21 maart 2007 en de regels over cookies en direct marketing. Elke vraag vermeldt de artikels waarop ze steunt.",
        fr: "Le RGPD : règlement (UE) 2016/679, avec la loi-cadre belge du 30 juillet 2018, la loi caméras du 21 mars 2007 et les règles sur les cookies et le marketing direct. Chaque question cite les articles sur lesquels elle repose.",
        de: "Die DSGVO: Verordnung (EU) 2016/679, mit dem belgischen Rahmengesetz vom 30. Juli 2018, dem Kameragesetz vom 21. März 2007 und den Regeln zu Cookies und Direktwerbung. Jede Frage nennt die Artikel, auf denen sie beruht.",
        en: "The GDPR: Regulation (EU) 2016/679, with the Belgian framework law of 30 July 2018, the camera law of 21 March 2007 and the rules on cookies and direct marketing. Each question names the articles it rests on.",
    }
    MethodSourcesCyfun {
        nl: "CyberFundamentals (CyFun®), versie 2025, niveau BASIC: © Centrum voor Cybersecurity België (CCB). De CheckUp gebruikt alleen de nummers van de eisen en stelt eigen vragen in eenvoudige taal, zonder commercieel doel en met bronvermelding. Het CCB heeft de CheckUp niet gevalideerd.",
        fr: "CyberFundamentals (CyFun®), version 2025, niveau BASIC : © Centre pour la Cybersécurité Belgique (CCB). Le CheckUp utilise uniquement les numéros des exigences et pose ses propres questions en langage simple, sans but commercial et avec mention de la source. Le CCB n'a pas validé le CheckUp.",
        de: "CyberFundamentals (CyFun®), Version 2025, Niveau BASIC: © Zentrum für Cybersicherheit Belgien (CCB). Der CheckUp verwendet nur die Nummern der Anforderungen und stellt eigene Fragen in einfacher Sprache, ohne kommerziellen Zweck und mit Quellenangabe. Das CCB hat den CheckUp nicht validiert.",
        en: "CyberFundamentals (CyFun®), 2025 edition, BASIC level: © Centre for Cybersecurity Belgium (CCB). The CheckUp uses only the requirement numbers and asks its own questions in plain words, for non-commercial purposes and with the source named. The CCB has not validated the CheckUp.",
    }
    MethodSourcesGuides {
        nl: "De acties verwijzen naar openbare Belgische hulp: Safeonweb en Safeonweb@work (CCB), CERT.be, de Gegevensbeschermingsautoriteit en de Cyber Security Coalition.",
        fr: "Les actions renvoient à l'aide publique belge : Safeonweb et Safeonweb@work (CCB), CERT.be, l'Autorité de protection des données et la Cyber Security Coalition.",
        de: "Die Maßnahmen verweisen auf öffentliche belgische Hilfe: Safeonweb und Safeonweb@work (CCB), CERT.be, die Datenschutzbehörde und die Cyber Security Coalition.",
        en: "The actions point to public Belgian help: Safeonweb and Safeonweb@work (CCB), CERT.be, the Belgian Data Protection Authority and the Cyber Security Coalition.",
    }
    MethodPrivacyTitle { nl: "Uw privacy", fr: "Votre vie privée", de: "Ihr Datenschutz", en: "Your privacy" }
    MethodPrivacy {
        nl: "De CheckUp werkt volledig in uw browser. Uw antwoorden worden nergens naartoe gestuurd: ze staan alleen in uw browser en in de bestanden die u zelf bewaart.",
        fr: "Le CheckUp fonctionne entièrement dans votre navigateur. Vos réponses ne sont envoyées nulle part : elles restent dans votre navigateur et dans les fichiers que vous enregistrez vous-même.",
        de: "Der CheckUp läuft vollständig in Ihrem Browser. Ihre Antworten werden nirgendwohin gesendet: sie bleiben in Ihrem Browser und in den Dateien, die Sie selbst speichern.",
        en: "The CheckUp runs entirely in your browser. Your answers are not sent anywhere: they stay in your browser and in the files you save yourself.",
    }
    MethodDisclaimerTitle { nl: "Disclaimer", fr: "Avertissement", de: "Haftungsausschluss", en: "Disclaimer" }
    Disclaimer {
        nl: "De CheckUp is een onafhankelijke zelfevaluatie: geen audit, geen certificering en geen juridisch advies. Hij is niet goedgekeurd door het CCB of de GBA. Het resultaat hangt af van uw eigen antwoorden.",
        fr: "Le CheckUp est une auto-évaluation indépendante. Ce n'est ni un audit, ni une certification, ni un avis juridique, et il n'est pas approuvé par le CCB ni par l'APD. Le résultat dépend de vos propres réponses.",
        de: "Der CheckUp ist eine unabhängige Selbstbewertung. Er ist kein Audit, keine Zertifizierung und keine Rechtsberatung und wurde weder vom CCB noch von der Datenschutzbehörde anerkannt. Das Ergebnis hängt von Ihren eigenen Antworten ab.",
        en: "The CheckUp is an independent self-assessment. It is not an audit, a certification or legal advice, and it is not endorsed by the CCB or the Belgian Data Protection Authority. The result depends on your own answers.",
    }
}
