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
    ImportBadDates {
        nl: "Deadlines die niet bestaan, staan nu in de notitie van hun actie: {dates}.",
        fr: "Les échéances qui n'existent pas figurent désormais dans la note de leur action\u{a0}: {dates}.",
        de: "Fälligkeitsdaten, die es nicht gibt, stehen jetzt in der Notiz ihrer Maßnahme: {dates}.",
        en: "Due dates that do not exist are now in their action's note: {dates}.",
    }
    DueKeptInNote {
        nl: "Deadline uit het bestand, bestaat niet: {date}",
        fr: "Échéance du fichier, qui n'existe pas\u{a0}: {date}",
        de: "Fälligkeitsdatum aus der Datei, das es nicht gibt: {date}",
        en: "Due date from the file, which does not exist: {date}",
    }

    // Dates people type.
    DateFormat {
        nl: "\"{text}\" is geen datum. Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-31.",
        fr: "«\u{a0}{text}\u{a0}» n'est pas une date. Écrivez une date sous la forme AAAA-MM-JJ, par exemple 2026-12-31.",
        de: "„{text}“ ist kein Datum. Schreiben Sie ein Datum als JJJJ-MM-TT, zum Beispiel 2026-12-31.",
        en: "\"{text}\" is not a date. Write a date as YYYY-MM-DD, for example 2026-12-31.",
    }
    DateNoSuchMonth {
        nl: "{date} bestaat niet: de maand moet tussen 01 en 12 liggen.",
        fr: "La date {date} n'existe pas\u{a0}: le mois doit être compris entre 01 et 12.",
        de: "Den {date} gibt es nicht: Der Monat muss zwischen 01 und 12 liegen.",
        en: "{date} does not exist: the month must be between 01 and 12.",
    }
    DateNoSuchDay {
        nl: "{date} bestaat niet: {month} heeft {days} dagen.",
        fr: "La date {date} n'existe pas\u{a0}: {month} compte {days}\u{a0}jours.",
        de: "Den {date} gibt es nicht: {month} hat {days} Tage.",
        en: "{date} does not exist: {month} has {days} days.",
    }
    DateIncomplete {
        nl: "Deze datum bestaat niet of is niet volledig. De vorige deadline blijft bewaard tot u een bestaande datum kiest.",
        fr: "Cette date n'existe pas ou est incomplète. L'échéance précédente est conservée jusqu'à ce que vous choisissiez une date qui existe.",
        de: "Dieses Datum gibt es nicht oder es ist unvollständig. Das bisherige Fälligkeitsdatum bleibt erhalten, bis Sie ein gültiges Datum wählen.",
        en: "This date does not exist or is incomplete. The previous due date is kept until you choose a date that exists.",
    }
    DateNotSaved {
        nl: "De vorige deadline blijft bewaard tot u een bestaande datum kiest.",
        fr: "L'échéance précédente est conservée jusqu'à ce que vous choisissiez une date qui existe.",
        de: "Das bisherige Fälligkeitsdatum bleibt erhalten, bis Sie ein gültiges Datum wählen.",
        en: "The previous due date is kept until you choose a date that exists.",
    }

    // The command line.
    CliCannotRead {
        nl: "{file} kan niet worden gelezen: {reason}",
        fr: "Impossible de lire {file}\u{a0}: {reason}",
        de: "{file} kann nicht gelesen werden: {reason}",
        en: "{file} cannot be read: {reason}",
    }
    CliCannotWrite {
        nl: "{file} kan niet worden geschreven: {reason}",
        fr: "Impossible d'écrire {file}\u{a0}: {reason}",
        de: "{file} kann nicht geschrieben werden: {reason}",
        en: "{file} cannot be written: {reason}",
    }
    CliWrote {
        nl: "{file} geschreven.",
        fr: "{file} écrit.",
        de: "{file} geschrieben.",
        en: "Wrote {file}.",
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

    CyfunReached {
        nl: "Uw kernmaatregelen zijn op orde en uw beveiligingsscore haalt de drempel: u zit op het niveau van CyberFundamentals BASIC.",
        fr: "Vos mesures clés sont en place et votre score de sécurité atteint le seuil : vous êtes au niveau CyberFundamentals BASIC.",
        de: "Ihre Schlüsselmaßnahmen sind umgesetzt und Ihre Sicherheitspunktzahl erreicht die Schwelle: Sie sind auf dem Niveau CyberFundamentals BASIC.",
        en: "Your key measures are in place and your security score reaches the threshold: you are at the CyberFundamentals BASIC level.",
    }
    CyfunBlocked {
        nl: "Nog niet op het niveau BASIC: {count} kernmaatregel(en) vragen eerst werk.",
        fr: "Pas encore au niveau BASIC : {count} mesure(s) clé(s) demandent d'abord du travail.",
        de: "Noch nicht auf dem Niveau BASIC: {count} Schlüsselmaßnahme(n) brauchen zuerst Arbeit.",
        en: "Not yet at the BASIC level: {count} key measure(s) need work first.",
    }
    CyfunScoreLow {
        nl: "Uw beveiligingsscore ({score}) ligt onder de drempel van 60 voor BASIC.",
        fr: "Votre score de sécurité ({score}) est sous le seuil de 60 pour BASIC.",
        de: "Ihre Sicherheitspunktzahl ({score}) liegt unter der Schwelle von 60 für BASIC.",
        en: "Your security score ({score}) is below the BASIC threshold of 60.",
    }
    CyfunIncomplete {
        nl: "Beantwoord alle vragen over beveiliging om te zien of u het niveau BASIC haalt.",
        fr: "Répondez à toutes les questions de sécurité pour savoir si vous atteignez le niveau BASIC.",
        de: "Beantworten Sie alle Sicherheitsfragen, um zu sehen, ob Sie das Niveau BASIC erreichen.",
        en: "Answer all security questions to see whether you reach the BASIC level.",
    }
    CyfunExplain {
        nl: "CyberFundamentals is het raamwerk van het Centrum voor Cybersecurity België. Voor BASIC moet elke kernmaatregel op orde zijn: een zwakke kernmaatregel kan niet worden goedgemaakt door andere goede antwoorden.",
        fr: "CyberFundamentals est le cadre du Centre pour la Cybersécurité Belgique. Pour BASIC, chaque mesure clé doit être en place : une mesure clé faible ne peut pas être compensée par d'autres bonnes réponses.",
        de: "CyberFundamentals ist das Rahmenwerk des Zentrums für Cybersicherheit Belgien. Für BASIC muss jede Schlüsselmaßnahme umgesetzt sein: Eine schwache Schlüsselmaßnahme lässt sich nicht durch andere gute Antworten ausgleichen.",
        en: "CyberFundamentals is the framework of the Centre for Cybersecurity Belgium. For BASIC every key measure must be in place: a weak key measure cannot be made up for by other good answers.",
    }
    KeyMeasuresUnanswered {
        nl: "{count} kernmaatregel(en) zijn nog niet beantwoord.",
        fr: "{count} mesure(s) clé(s) sont encore sans réponse.",
        de: "{count} Schlüsselmaßnahme(n) sind noch nicht beantwortet.",
        en: "{count} key measure(s) are not answered yet.",
    }
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
    Nis2WhyRegardless {
        nl: "U levert telecom-, DNS-, topleveldomein- of vertrouwensdiensten: daarvoor geldt NIS2 ongeacht de grootte.",
        fr: "Vous fournissez des services de télécommunications, DNS, domaine de premier niveau ou de confiance : NIS2 s'y applique quelle que soit la taille.",
        de: "Sie erbringen Telekommunikations-, DNS-, Top-Level-Domain- oder Vertrauensdienste: Dafür gilt NIS2 unabhängig von der Größe.",
        en: "You provide telecom, DNS, top-level domain or trust services: NIS2 covers these whatever the size.",
    }
    Nis2WhyAnnexILarge {
        nl: "U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is groot (250 of meer medewerkers, of meer dan 50 miljoen euro omzet en een balanstotaal boven 43 miljoen euro).",
        fr: "Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est grande (250 personnes ou plus, ou plus de 50 millions d'euros de chiffre d'affaires et un total du bilan au-dessus de 43 millions d'euros).",
        de: "Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig und Ihre Organisation ist groß (250 oder mehr Beschäftigte oder über 50 Millionen Euro Umsatz und über 43 Millionen Euro Bilanzsumme).",
        en: "You work in a sector of high criticality (Annex I) and your organisation is large (250 or more staff, or over EUR 50 million turnover and over EUR 43 million balance sheet total).",
    }
    Nis2WhyAnnexIMedium {
        nl: "U werkt in een sector met hoge kriticiteit (bijlage I) en uw organisatie is middelgroot (50 of meer medewerkers, of omzet en balanstotaal boven 10 miljoen euro).",
        fr: "Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est moyenne (50 personnes ou plus, ou chiffre d'affaires et bilan au-dessus de 10 millions d'euros).",
        de: "Sie sind in einem Sektor mit hoher Kritikalität (Anhang I) tätig und Ihre Organisation ist mittelgroß (50 oder mehr Beschäftigte oder Umsatz und Bilanzsumme über 10 Millionen Euro).",
        en: "You work in a sector of high criticality (Annex I) and your organisation is medium-sized (50 or more staff, or turnover and balance sheet over EUR 10 million).",
    }
    Nis2WhyAnnexII {
        nl: "U werkt in een andere kritieke sector (bijlage II) en uw organisatie is middelgroot of groot.",
        fr: "Vous êtes actif dans un autre secteur critique (annexe II) et votre organisation est moyenne ou grande.",
        de: "Sie sind in einem sonstigen kritischen Sektor (Anhang II) tätig und Ihre Organisation ist mittelgroß oder groß.",
        en: "You work in another critical sector (Annex II) and your organisation is medium-sized or large.",
    }
    Nis2WhyTooSmall {
        nl: "U werkt in een NIS2-sector, maar uw organisatie blijft onder de drempels (minder dan 50 medewerkers en niet zowel omzet als balanstotaal boven 10 miljoen euro).",
        fr: "Vous êtes actif dans un secteur NIS2, mais votre organisation reste sous les seuils (moins de 50 personnes et pas à la fois chiffre d'affaires et bilan au-dessus de 10 millions d'euros).",
        de: "Sie sind in einem NIS2-Sektor tätig, aber Ihre Organisation bleibt unter den Schwellen (weniger als 50 Beschäftigte und nicht zugleich Umsatz und Bilanzsumme über 10 Millionen Euro).",
        en: "You work in a NIS2 sector, but your organisation stays below the thresholds (fewer than 50 staff, and not both turnover and balance sheet over EUR 10 million).",
    }
    Nis2WhyNoSector {
        nl: "U levert geen diensten in de sectoren van NIS2.",
        fr: "Vous ne fournissez pas de services dans les secteurs de NIS2.",
        de: "Sie erbringen keine Dienste in den Sektoren von NIS2.",
        en: "You do not provide services in the sectors NIS2 covers.",
    }
    Nis2WhySectorUnknown {
        nl: "U gaf niet aan of u diensten levert in een NIS2-sector.",
        fr: "Vous n'avez pas indiqué si vous fournissez des services dans un secteur NIS2.",
        de: "Sie haben nicht angegeben, ob Sie Dienste in einem NIS2-Sektor erbringen.",
        en: "You did not say whether you provide services in a NIS2 sector.",
    }
    Nis2WhySizeUnknown {
        nl: "U werkt in een NIS2-sector, maar uw omzet of balanstotaal is niet gekend; vraag het uw boekhouder.",
        fr: "Vous êtes actif dans un secteur NIS2, mais votre chiffre d'affaires ou votre bilan n'est pas connu ; demandez-le à votre comptable.",
        de: "Sie sind in einem NIS2-Sektor tätig, aber Umsatz oder Bilanzsumme sind nicht bekannt; fragen Sie Ihren Buchhalter.",
        en: "You work in a NIS2 sector, but your turnover or balance sheet is not known; ask your accountant.",
    }
    Nis2WhyPublicBody {
        nl: "Voor overheidsdiensten bepaalt de Belgische wet zelf welke besturen eronder vallen. Vraag het na bij het CCB.",
        fr: "Pour les services publics, la loi belge détermine elle-même quelles administrations sont visées. Renseignez-vous auprès du CCB.",
        de: "Für Behörden bestimmt das belgische Gesetz selbst, welche Verwaltungen erfasst sind. Erkundigen Sie sich beim CCB.",
        en: "For public bodies, the Belgian law itself names which administrations are covered. Check with the CCB.",
    }
    Nis2Supplier {
        nl: "Let op: bedrijven die wel onder NIS2 vallen, moeten hun leveranciers beoordelen. Ze vragen vaak dat u minstens CyberFundamentals BASIC haalt.",
        fr: "Attention : les entreprises soumises à NIS2 doivent évaluer leurs fournisseurs. Elles vous demandent souvent d'atteindre au moins CyberFundamentals BASIC.",
        de: "Achtung: Unternehmen, die unter NIS2 fallen, müssen ihre Lieferanten bewerten. Sie verlangen oft, dass Sie mindestens CyberFundamentals BASIC erreichen.",
        en: "Note: businesses that do fall under NIS2 must assess their suppliers. They often ask you to reach at least CyberFundamentals BASIC.",
    }
    Nis2Duties {
        nl: "Onder NIS2 moet u zich registreren bij het CCB, passende beveiligingsmaatregelen nemen en ernstige incidenten melden: een eerste waarschuwing binnen 24 uur, een melding binnen 72 uur en een eindverslag binnen een maand.",
        fr: "Sous NIS2, vous devez vous enregistrer auprès du CCB, prendre des mesures de sécurité appropriées et notifier les incidents importants : une alerte précoce dans les 24 heures, une notification dans les 72 heures et un rapport final dans le mois.",
        de: "Unter NIS2 müssen Sie sich beim CCB registrieren, angemessene Sicherheitsmaßnahmen treffen und erhebliche Vorfälle melden: eine Frühwarnung innerhalb von 24 Stunden, eine Meldung innerhalb von 72 Stunden und einen Abschlussbericht innerhalb eines Monats.",
        en: "Under NIS2 you must register with the CCB, take appropriate security measures and report significant incidents: an early warning within 24 hours, a notification within 72 hours and a final report within one month.",
    }
    Nis2NotLegalAdvice {
        nl: "Dit is een eerste aanwijzing, geen juridisch advies. Doe de officiële scopetest van het CCB om zeker te zijn.",
        fr: "Ceci est une première indication, pas un avis juridique. Faites le test officiel du CCB pour en être sûr.",
        de: "Dies ist ein erster Hinweis, keine Rechtsberatung. Machen Sie den offiziellen Test des CCB, um sicher zu sein.",
        en: "This is a first indication, not legal advice. Take the CCB's official scope test to be sure.",
    }
    TargetHeadline {
        nl: "Mik op CyberFundamentals {level}.",
        fr: "Visez CyberFundamentals {level}.",
        de: "Streben Sie CyberFundamentals {level} an.",
        en: "Aim for CyberFundamentals {level}.",
    }
    TargetWhyNis2 {
        nl: "Dit niveau past bij uw waarschijnlijke status onder NIS2; het CCB aanvaardt CyberFundamentals als manier om aan NIS2 te voldoen.",
        fr: "Ce niveau correspond à votre situation probable sous NIS2 ; le CCB accepte CyberFundamentals comme moyen de satisfaire à NIS2.",
        de: "Dieses Niveau passt zu Ihrer wahrscheinlichen Einstufung unter NIS2; das CCB akzeptiert CyberFundamentals als Weg, NIS2 zu erfüllen.",
        en: "This level fits your likely NIS2 status; the CCB accepts CyberFundamentals as a way to meet NIS2.",
    }
    TargetWhyMicro {
        nl: "Voor een heel kleine organisatie zonder gevoelige gegevens of eisen van klanten is het niveau Small een goed begin. Groeit u, mik dan op BASIC.",
        fr: "Pour une très petite organisation sans données sensibles ni exigences de clients, le niveau Small est un bon début. Si vous grandissez, visez BASIC.",
        de: "Für eine sehr kleine Organisation ohne sensible Daten oder Kundenanforderungen ist das Niveau Small ein guter Anfang. Wenn Sie wachsen, streben Sie BASIC an.",
        en: "For a very small organisation without sensitive data or customer demands, the Small level is a good start. As you grow, aim for BASIC.",
    }
    TargetWhyBaseline {
        nl: "BASIC is de basisbescherming die het CCB elke organisatie aanraadt, en wat klanten onder NIS2 van hun leveranciers vragen.",
        fr: "BASIC est la protection de base que le CCB recommande à toute organisation, et ce que les clients soumis à NIS2 demandent à leurs fournisseurs.",
        de: "BASIC ist der Grundschutz, den das CCB jeder Organisation empfiehlt, und das, was Kunden unter NIS2 von ihren Lieferanten verlangen.",
        en: "BASIC is the baseline the CCB recommends to every organisation, and what customers under NIS2 ask of their suppliers.",
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
        nl: "Het niveau per onderdeel volgt de geest van CyberFundamentals: 1 onder 20, 2 onder 40, 3 onder 60, 4 onder 80, 5 vanaf 80. Voor BASIC moet elke kernmaatregel minstens 75 halen en de beveiligingsscore minstens 60; een zwakke kernmaatregel blokkeert, wat het gemiddelde ook is.",
        fr: "Le niveau par partie suit l'esprit de CyberFundamentals : 1 en dessous de 20, 2 en dessous de 40, 3 en dessous de 60, 4 en dessous de 80, 5 à partir de 80. Pour BASIC, chaque mesure clé doit atteindre au moins 75 et le score de sécurité au moins 60 ; une mesure clé faible bloque, quelle que soit la moyenne.",
        de: "Die Stufe je Bereich folgt dem Geist von CyberFundamentals: 1 unter 20, 2 unter 40, 3 unter 60, 4 unter 80, 5 ab 80. Für BASIC muss jede Schlüsselmaßnahme mindestens 75 erreichen und die Sicherheitspunktzahl mindestens 60; eine schwache Schlüsselmaßnahme blockiert, egal wie der Durchschnitt aussieht.",
        en: "The level per section follows the spirit of CyberFundamentals: 1 below 20, 2 below 40, 3 below 60, 4 below 80, 5 from 80. For BASIC every key measure must score at least 75 and the security score at least 60; a weak key measure blocks it, whatever the average.",
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
