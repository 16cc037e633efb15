### The walk through the questions: the count and the time left, parts of a
### long section on a phone, the review page, and the quick and the full CheckUp.

depth-name = { $depth ->
        [quick] Schneller CheckUp
       *[full] Vollständiger CheckUp
    }
count-profile = { $answered } von { $total ->
        [one] { $total } Frage
       *[other] { $total } Fragen
    } zu Ihrer Organisation beantwortet. Danach sehen Sie, wie viele Fragen es für Sie sind.
count-profile-open = { $count ->
        [one] Die offene Frage zu Ihrer Organisation beantworten
       *[other] Die { $count } offenen Fragen zu Ihrer Organisation beantworten
    }
count-line = { $answered } von { $total ->
        [one] { $total } Frage
       *[other] { $total } Fragen
    } beantwortet, noch etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
count-known = Für Ihre Organisation hat dieser CheckUp { $total ->
        [one] { $total } Frage
       *[other] { $total } Fragen
    }. Der Rest dauert etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
count-known-done = { $total ->
        [one] Für Ihre Organisation hat dieser CheckUp { $total } Frage, und sie ist beantwortet.
       *[other] Für Ihre Organisation hat dieser CheckUp { $total } Fragen, und alle sind beantwortet.
    }
count-added = Ihre Antwort auf „{ $question }“ hat { $count ->
        [one] eine Frage
       *[other] { $count } Fragen
    } hinzugefügt.
count-removed = Durch Ihre Antwort auf „{ $question }“ { $count ->
        [one] entfällt eine Frage
       *[other] entfallen { $count } Fragen
    }.
welcome-back = Willkommen zurück: Ihre Antworten waren gespeichert, Sie machen dort weiter, wo Sie waren.
saved-as-you-go = Jede Antwort wird sofort auf diesem Gerät gespeichert: Sie können jederzeit aufhören und später weitermachen.
part-of = Teil { $n } von { $count }
review-done-title = Fertig!
review-check-title = Antworten überprüfen
review-check-intro = Wählen Sie einen Bereich, um Ihre Antworten zu überprüfen oder zu ändern. Alles bleibt gespeichert.
quick-more-title = Weiter mit dem vollständigen CheckUp
quick-more-text = Sie haben den schnellen CheckUp gemacht. Der vollständige CheckUp stellt noch etwa { $count ->
        [one] eine Frage
       *[other] { $count } Fragen
    } (etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }) zu:
quick-more-estimate = Zuerst kommen noch einige Fragen zu Ihrer Organisation; danach sehen Sie die genaue Zahl.
quick-more-keep = Alle Ihre Antworten bleiben erhalten: Sie machen bei der ersten neuen Frage weiter.
continue-full = Mit dem vollständigen CheckUp weitermachen
