### The walk through the questions: the count and the time left, parts of a
### long section on a phone, the review page, and the quick and the full CheckUp.

depth-name = { $depth ->
        [quick] Quick CheckUp
       *[full] Full CheckUp
    }
count-profile = { $answered } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } about your organisation answered. Then you will see how many questions there are for you.
count-profile-open = { $count ->
        [one] Answer the open question about your organisation
       *[other] Answer the { $count } open questions about your organisation
    }
count-line = { $answered } of { $total ->
        [one] { $total } question
       *[other] { $total } questions
    } answered, about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } left
count-known = For your organisation this CheckUp has { $total ->
        [one] { $total } question
       *[other] { $total } questions
    }. The rest takes about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
count-known-done = { $total ->
        [one] For your organisation this CheckUp has { $total } question, and it is answered.
       *[other] For your organisation this CheckUp has { $total } questions, and all of them are answered.
    }
count-added = Your answer to “{ $question }” added { $count ->
        [one] one question
       *[other] { $count } questions
    }.
count-removed = Your answer to “{ $question }” took away { $count ->
        [one] one question
       *[other] { $count } questions
    }.
welcome-back = Welcome back: your answers were kept, and you go on where you were.
saved-as-you-go = Every answer is saved on this device at once: you can stop at any time and continue later.
part-of = part { $n } of { $count }
review-done-title = Done!
review-check-title = Check your answers
review-check-intro = Choose a part to check or change your answers. Everything stays saved.
quick-more-title = Go on with the full CheckUp
quick-more-text = You did the quick CheckUp. The full CheckUp adds roughly { $count ->
        [one] one more question
       *[other] { $count } more questions
    } (about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }) on:
quick-more-estimate = A few more questions about your organisation come first; then you see the exact number.
quick-more-keep = Every answer you gave is kept: you go on at the first new question.
continue-full = Continue with the full CheckUp
