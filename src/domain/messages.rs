// The translation table. Keep entries grouped by screen; keep each language's
// own terms (AVG / RGPD / DSGVO / GDPR, GBA / APD, KMO / PME / KMU).
messages! {
    AppName { nl: "CheckUp", fr: "CheckUp", de: "CheckUp", en: "CheckUp" }
    AppTagline {
        nl: "Privacy en cyberveiligheid voor uw KMO, in 25 minuten",
        fr: "Vie privée et cybersécurité pour votre PME, en 25 minutes",
        de: "Datenschutz und Cybersicherheit für Ihr KMU, in 25 Minuten",
        en: "Privacy and cyber security for your small business, in 25 minutes",
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
        nl: "{file}: de id \"{id}\" wordt meer dan eens gebruikt.",
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
        nl: "{file}: \"{id}\" verwijst naar {kind} \"{target}\", die niet bestaat.",
        fr: "{file} : « {id} » renvoie à {kind} « {target} », qui n'existe pas.",
        de: "{file}: „{id}“ verweist auf {kind} „{target}“, das es nicht gibt.",
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
    InvalidScore {
        nl: "elke optie van een gescoorde vraag heeft een score van 0 tot 100 nodig (behalve \"niet van toepassing\")",
        fr: "chaque option d'une question notée doit avoir un score de 0 à 100 (sauf « non applicable »)",
        de: "jede Option einer bewerteten Frage braucht eine Punktzahl von 0 bis 100 (außer „nicht zutreffend“)",
        en: "every option of a scored question needs a score from 0 to 100 (except \"not applicable\")",
    }
    InvalidEmptyScale {
        nl: "een schaal heeft minstens twee opties nodig",
        fr: "une échelle doit avoir au moins deux options",
        de: "eine Skala braucht mindestens zwei Optionen",
        en: "a scale needs at least two options",
    }
    InvalidInputInCheckup {
        nl: "vrije tekst en meerkeuze kunnen alleen in het profiel",
        fr: "le texte libre et le choix multiple ne sont possibles que dans le profil",
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
}
