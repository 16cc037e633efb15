### The report: results page, plan page, PDF and CSV.

report-title = CheckUp : vie privée et cybersécurité
report-subtitle = Vos résultats et votre plan d'action personnalisé
your-organisation = Votre organisation
progress-line = { $answered ->
        [one] { $answered } réponse
       *[other] { $answered } réponses
    } sur { $total ->
        [one] { $total } question
       *[other] { $total } questions
    }
not-answered = Sans réponse
not-scored-yet = Pas encore de score
reason-line = { $question } Votre réponse : { $answer }.
ref-gdpr = art. { $article } RGPD
ref-cyfun = CyFun® { $id }
# A date in words: { $day } 1-31, { $month } 1-12, { $year }.
long-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
compare-title = Progrès depuis le { $date }
compare-title-named = Progrès depuis le { $date } ({ $label })
l-then = Avant
l-now = Maintenant
l-change = Évolution
l-completed-since = Réalisé depuis
l-rounds = Score global par tour
l-summary = Résumé
l-overall = Score global
l-scores = Scores par partie
l-section = Partie
l-score = Score
l-level = Niveau
l-answered = Réponses
l-start-this-week = À commencer cette semaine
l-action-plan = Plan d'action
l-priority = Priorité
l-action = Action
l-why = Pourquoi
l-how = Comment
l-who = Qui
l-effort = Effort
l-cost = Coût
l-owner = Responsable
l-due = Échéance
l-status = Statut
l-note = Note
l-because = Motif
l-references = Références
l-findings = Constats par partie
l-reading-tips = Pour en savoir plus
l-appendix = Annexe : toutes vos réponses
l-method = Méthode, sources et avertissement
l-page = Page { $page } sur { $pages }
l-key-measure = Mesure clé
l-must-fix = Obligation légale
l-no-actions = Aucune action : d'après vos réponses, rien d'urgent n'est à faire.
l-date = Date
l-contents = Sommaire
l-cyfun = CyberFundamentals BASIC
l-gdpr = Bases du RGPD
l-nis2 = NIS2
l-target = Votre niveau cible
who-line = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, dont { $high } de priorité haute
l-by-who = Qui fait quoi ?
priority-high = Haute
priority-medium = Moyenne
priority-low = Basse
who-owner = Gérant ou direction
who-it = Prestataire informatique
who-accountant = Comptable
who-payroll = Secrétariat social
who-legal = Juriste ou conseiller en vie privée
who-all-staff = Tout le personnel
effort-hours = Quelques heures
effort-days = Quelques jours
effort-weeks = Des semaines (un projet)
effort-phrase = { $effort ->
        [hours] quelques heures
        [days] quelques jours
       *[other] des semaines (un projet)
    }
cost-free = Gratuit (seulement du temps)
cost-low = Moins de 500 euros
cost-medium = 500 à 5 000 euros
cost-high = Plus de 5 000 euros
status-todo = À faire
status-doing = En cours
status-done = Fait
level1 = 1 – Initial
level2 = 2 – Reproductible
level3 = 3 – Défini
level4 = 4 – Maîtrisé
level5 = 5 – Optimisé
cyfun-reached = Vos mesures clés sont en place et votre score de sécurité atteint le seuil : vous êtes au niveau CyberFundamentals BASIC.
cyfun-blocked = Pas encore au niveau BASIC : { $count ->
        [one] { $count } mesure clé doit d'abord être mise en place.
       *[other] { $count } mesures clés doivent d'abord être mises en place.
    }
cyfun-score-low = Votre score de sécurité ({ $score }) est inférieur au seuil de 60 requis pour BASIC.
cyfun-incomplete = Répondez à toutes les questions de sécurité pour savoir si vous atteignez le niveau BASIC.
cyfun-explain = CyberFundamentals est le cadre du Centre pour la Cybersécurité Belgique. Pour BASIC, chaque mesure clé doit être en place : une mesure clé faible ne peut pas être compensée par d'autres bonnes réponses.
key-measures-unanswered = { $count ->
        [one] { $count } mesure clé est encore sans réponse.
       *[other] { $count } mesures clés sont encore sans réponse.
    }
gdpr-reached = Rien d'urgent à régulariser sur le plan légal : les bases du RGPD sont en place.
gdpr-must-fix = { $count ->
        [one] { $count } obligation légale doit d'abord être réglée.
       *[other] { $count } obligations légales doivent d'abord être réglées.
    }
gdpr-incomplete = Répondez à toutes les questions sur le RGPD pour voir vos obligations légales.
gdpr-explain = Certains points ne relèvent pas seulement des bonnes pratiques : ce sont des obligations légales du RGPD. L'APD peut les contrôler ; mettez-les en tête de votre liste.
must-fix-unanswered = { $count ->
        [one] { $count } obligation légale est encore sans réponse.
       *[other] { $count } obligations légales sont encore sans réponse.
    }
nis2-essential = Votre organisation relève probablement de NIS2, en tant qu'entité essentielle.
nis2-important = Votre organisation relève probablement de NIS2, en tant qu'entité importante.
nis2-out = Votre organisation ne relève probablement pas de NIS2.
nis2-unclear = Vos réponses ne permettent pas de dire clairement si NIS2 vous concerne.
nis2-why-regardless = Vous fournissez des services de télécommunications, DNS, domaine de premier niveau ou de confiance : NIS2 s'y applique quelle que soit la taille.
nis2-why-annex-i-large = Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est grande (250 personnes ou plus, ou plus de 50 millions d'euros de chiffre d'affaires et un total du bilan au-dessus de 43 millions d'euros).
nis2-why-annex-i-medium = Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est moyenne (50 personnes ou plus, ou chiffre d'affaires et total du bilan au-dessus de 10 millions d'euros).
nis2-why-annex-i-i = Vous êtes actif dans un autre secteur critique (annexe II) et votre organisation est moyenne ou grande.
nis2-why-too-small = Vous êtes actif dans un secteur NIS2, mais votre organisation reste sous les seuils (moins de 50 personnes et pas à la fois chiffre d'affaires et total du bilan au-dessus de 10 millions d'euros).
nis2-why-no-sector = Vous ne fournissez pas de services dans les secteurs de NIS2.
nis2-why-sector-unknown = Vous n'avez pas indiqué si vous fournissez des services dans un secteur NIS2.
nis2-why-size-unknown = Vous êtes actif dans un secteur NIS2, mais votre chiffre d'affaires ou le total de votre bilan n'est pas connu ; demandez-le à votre comptable.
nis2-why-public-body = Pour les services publics, la loi belge détermine elle-même quelles administrations sont visées. Renseignez-vous auprès du CCB.
nis2-supplier = Attention : les entreprises soumises à NIS2 doivent évaluer leurs fournisseurs. Elles vous demandent souvent d'atteindre au moins CyberFundamentals BASIC.
nis2-duties = En vertu de NIS2, vous devez vous enregistrer auprès du CCB, prendre des mesures de sécurité appropriées et notifier les incidents significatifs : une alerte précoce dans les 24 heures, une notification d'incident dans les 72 heures et un rapport final dans le mois.
nis2-not-legal-advice = Ceci est une première indication, pas un avis juridique. Pour en être certain, faites le test officiel du CCB sur le champ d'application de NIS2.
target-headline = Visez CyberFundamentals { $level }.
target-why-nis2 = Ce niveau correspond à votre situation probable au regard de NIS2 ; le CCB accepte CyberFundamentals comme moyen de satisfaire aux exigences de NIS2.
target-why-micro = Pour une très petite organisation sans données sensibles ni exigences de clients, le niveau Small est un bon début. Si vous grandissez, visez BASIC.
target-why-baseline = BASIC est la protection de base que le CCB recommande à toute organisation, et ce que les clients soumis à NIS2 demandent à leurs fournisseurs.
target-why-unclear = Tant qu'on ne sait pas si NIS2 vous concerne, BASIC est un objectif sûr.
method-scoring-title = Comment nous calculons le score
method-scoring1 = Chaque question à laquelle vous avez répondu reçoit un score de 0 à 100 : « oui » 100, « en partie » 50, « non » 0. « Je ne sais pas » compte pour 0, car ce que vous ne savez pas n'est pas réglé. Cette réponse ajoute aussi à votre plan l'action « Clarifiez les points auxquels vous avez répondu “je ne sais pas” ».
method-scoring2 = « Pas d'application », les questions qui ne vous concernent pas et les questions sans réponse ne comptent pas. Le score d'une partie est la moyenne pondérée de ses questions (poids de 1 à 5) ; le score global est la moyenne des CheckUps.
method-scoring3 = Le niveau par partie s'inspire de CyberFundamentals : 1 en dessous de 20, 2 en dessous de 40, 3 en dessous de 60, 4 en dessous de 80, 5 à partir de 80. Pour BASIC, chaque mesure clé doit atteindre au moins 75 et le score de sécurité au moins 60 ; une seule mesure clé faible empêche d'atteindre BASIC, quelle que soit la moyenne.
method-scoring4 = Le plan d'action place d'abord les mesures clés et les obligations légales, puis les actions qui ont le plus d'effet pour le moins d'effort. « À commencer cette semaine » montre des gains rapides : beaucoup d'effet, quelques heures de travail, peu de frais.
method-sources-title = Sources
method-sources-gdpr = Le RGPD : règlement (UE) 2016/679, avec la loi-cadre belge du 30 juillet 2018, la loi caméras du 21 mars 2007 et les règles sur les cookies et le marketing direct. Chaque question cite les articles sur lesquels elle repose.
method-sources-cyfun = CyberFundamentals (CyFun®), version 2025, niveau BASIC : © Centre pour la Cybersécurité Belgique (CCB). Le CheckUp utilise uniquement les numéros des exigences et pose ses propres questions en langage simple, sans but commercial et avec mention de la source. Le CCB n'a pas validé le CheckUp.
method-sources-guides = Les actions renvoient à des ressources belges gratuites : Safeonweb et Safeonweb@work (CCB), CERT.be, l'Autorité de protection des données et la Cyber Security Coalition.
method-privacy-title = Votre vie privée
method-privacy = Le CheckUp fonctionne entièrement dans votre navigateur. Vos réponses ne sont envoyées nulle part : elles restent dans votre navigateur et dans les fichiers que vous enregistrez vous-même.
method-disclaimer-title = Avertissement
disclaimer = Le CheckUp est une auto-évaluation indépendante. Ce n'est ni un audit, ni une certification, ni un avis juridique, et il n'est pas approuvé par le CCB ni par l'APD. Le résultat dépend de vos propres réponses.
