### The walk through the questions: the count and the time left, parts of a
### long section on a phone, the review page, and the quick and the full CheckUp.

depth-name = { $depth ->
        [quick] Snelle CheckUp
       *[full] Volledige CheckUp
    }
count-profile = { $answered } van { $total ->
        [one] { $total } vraag
       *[other] { $total } vragen
    } over uw organisatie beantwoord. Daarna ziet u hoeveel vragen er voor u zijn.
count-profile-open = { $count ->
        [one] De open vraag over uw organisatie beantwoorden
       *[other] De { $count } open vragen over uw organisatie beantwoorden
    }
count-line = { $answered } van { $total ->
        [one] { $total } vraag
       *[other] { $total } vragen
    } beantwoord, nog ongeveer { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
count-known = Voor uw organisatie telt deze CheckUp { $total ->
        [one] { $total } vraag
       *[other] { $total } vragen
    }. De rest duurt ongeveer { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }.
count-known-done = { $total ->
        [one] Voor uw organisatie telt deze CheckUp { $total } vraag, en die is beantwoord.
       *[other] Voor uw organisatie telt deze CheckUp { $total } vragen, en ze zijn allemaal beantwoord.
    }
count-added = Uw antwoord op “{ $question }” voegde { $count ->
        [one] een vraag
       *[other] { $count } vragen
    } toe.
count-removed = Door uw antwoord op “{ $question }” { $count ->
        [one] valt een vraag
       *[other] vallen { $count } vragen
    } weg.
welcome-back = Welkom terug: uw antwoorden waren bewaard, u gaat verder waar u was.
saved-as-you-go = Elk antwoord wordt meteen bewaard op dit toestel: u kunt altijd stoppen en later verdergaan.
part-of = deel { $n } van { $count }
review-done-title = Klaar!
review-check-title = Antwoorden nakijken
review-check-intro = Kies een onderdeel om uw antwoorden na te kijken of te wijzigen. Alles blijft bewaard.
quick-more-title = Verder met de volledige CheckUp
quick-more-text = U deed de snelle CheckUp. De volledige CheckUp stelt nog ongeveer { $count ->
        [one] één vraag
       *[other] { $count } vragen
    } (ongeveer { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }) over:
quick-more-estimate = Eerst komen er nog enkele vragen over uw organisatie; daarna ziet u het precieze aantal.
quick-more-keep = Al uw antwoorden blijven bewaard: u gaat verder bij de eerste nieuwe vraag.
continue-full = Verdergaan met de volledige CheckUp
