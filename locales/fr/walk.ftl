### The walk through the questions: the count and the time left, parts of a
### long section on a phone, the review page, and the quick and the full CheckUp.

depth-name = { $depth ->
        [quick] CheckUp rapide
       *[full] CheckUp complet
    }
count-profile = { $answered ->
        [one] { $answered } réponse
       *[other] { $answered } réponses
    } sur { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } à propos de votre organisation. Ensuite, vous verrez combien de questions vous concernent.
count-profile-open = { $count ->
        [one] Répondre à la question restée ouverte sur votre organisation
       *[other] Répondre aux { $count } questions restées ouvertes sur votre organisation
    }
count-line = { $answered ->
        [one] { $answered } réponse
       *[other] { $answered } réponses
    } sur { $total ->
        [one] { $total } question
       *[other] { $total } questions
    }, encore { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } environ
count-known = Pour votre organisation, ce CheckUp compte { $total ->
        [one] { $total } question
       *[other] { $total } questions
    }. Il reste environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
count-known-done = { $total ->
        [one] Pour votre organisation, ce CheckUp compte { $total } question, et elle a reçu une réponse.
       *[other] Pour votre organisation, ce CheckUp compte { $total } questions, et toutes ont reçu une réponse.
    }
count-added = Votre réponse à « { $question } » a ajouté { $count ->
        [one] une question
       *[other] { $count } questions
    }.
count-removed = Votre réponse à « { $question } » a retiré { $count ->
        [one] une question
       *[other] { $count } questions
    }.
welcome-back = Bon retour : vos réponses étaient enregistrées, vous reprenez où vous en étiez.
saved-as-you-go = Chaque réponse est enregistrée aussitôt sur cet appareil : vous pouvez vous arrêter à tout moment et reprendre plus tard.
part-of = volet { $n } sur { $count }
review-done-title = Terminé !
review-check-title = Relire vos réponses
review-check-intro = Choisissez une partie pour relire ou modifier vos réponses. Tout reste enregistré.
quick-more-title = Continuer avec le CheckUp complet
quick-more-text = Vous avez fait le CheckUp rapide. Le CheckUp complet pose encore environ { $count ->
        [one] une question
       *[other] { $count } questions
    } (environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }) sur :
quick-more-estimate = Quelques questions sur votre organisation viennent d'abord ; ensuite, vous voyez le nombre exact.
quick-more-keep = Toutes vos réponses sont conservées : vous reprenez à la première nouvelle question.
continue-full = Continuer avec le CheckUp complet
