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
month-year = { $month ->
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
l-owner = Personne responsable
l-due = Échéance
l-overdue = en retard
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
l-nis2-duty = Obligation NIS2
l-target = Votre niveau cible
who-line = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, environ { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } de travail
who-owners-part = ({ $assigned } sur { $total ->
        [one] { $total } action
       *[other] { $total } actions
    })
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
level1 = 1 – Peu en place
level2 = 2 – Un peu en place
level3 = 3 – En partie en place
level4 = 4 – En grande partie en place
level5 = 5 – Presque tout en place
cyfun-reached = Les 13 mesures clés sont en place : selon le CheckUp, le cœur de CyberFundamentals BASIC est là.
cyfun-blocked = Pas encore au niveau BASIC : { $count ->
        [one] { $count } mesure clé doit d'abord être mise en place.
       *[other] { $count } mesures clés doivent d'abord être mises en place.
    }
cyfun-score-low = Votre score de sécurité ({ $score }) est inférieur au seuil de 60 requis pour BASIC.
cyfun-incomplete = Mesures clés en place à ce stade : { $n } sur 13. Répondez aux questions de sécurité restantes pour avoir une vue complète.
cyfun-explain = CyberFundamentals est le cadre du Centre pour la Cybersécurité Belgique (CCB). Le CCB exige que chaque mesure clé d'un niveau soit remplie. Ce verdict est la lecture propre du CheckUp, pas une évaluation CyFun : une mesure clé ne compte comme en place que si chaque question qui la concerne reçoit la meilleure réponse (« oui » ou « oui, partout »). « Presque partout » ou « en partie » laisse une lacune, qu'une bonne réponse ailleurs ne compense pas.
key-measures-unanswered = { $count ->
        [one] Une mesure clé est encore sans réponse.
       *[other] { $count } mesures clés sont encore sans réponse.
    }
gdpr-reached = Rien d'urgent à régulariser sur le plan légal : les bases du RGPD sont en place.
gdpr-not-met = Certaines obligations légales ne sont pas encore remplies : traitez-les en premier.
gdpr-incomplete = Répondez à toutes les questions sur le RGPD pour voir vos obligations légales.
gdpr-explain = Certains points ne relèvent pas seulement des bonnes pratiques : ce sont des obligations légales découlant du RGPD ou d'une loi belge qui l'accompagne (pour les cookies, le marketing direct, les caméras ou les données sensibles) ; chacun indique la disposition sur laquelle il repose. Mettez-les en tête de votre liste.
must-fix-unanswered = { $count ->
        [one] { $count } obligation légale est encore sans réponse.
       *[other] { $count } obligations légales sont encore sans réponse.
    }
gdpr-no-personal-data = Vous avez répondu que votre organisation ne conserve aucune donnée personnelle : les questions sur vos propres fichiers ont donc été omises.
gdpr-no-personal-data-check = Une simple liste de noms de clients ou une personne de contact chez un client compte aussi : si vous conservez ce genre de données, modifiez votre réponse dans la rubrique « Vos données » et ces questions réapparaîtront.
gdpr-nobody-contradicted = { $reason ->
        [staff] Vous avez répondu que votre organisation ne conserve de données sur personne, mais elle compte 10 membres du personnel ou plus, et leurs données sont des données personnelles : les questions sur vos propres fichiers sont donc tout de même posées.
        [cameras] Vous avez répondu que votre organisation ne conserve de données sur personne, mais vos caméras filment des personnes, et ces images sont des données personnelles : les questions sur vos propres fichiers sont donc tout de même posées.
        [sensitive] Vous avez répondu que votre organisation ne conserve de données sur personne, mais vous traitez des données sensibles sur des personnes : les questions sur vos propres fichiers sont donc tout de même posées.
        [webshop] Vous avez répondu que votre organisation ne conserve de données sur personne, mais votre boutique en ligne conserve les noms et adresses de vos clients : les questions sur vos propres fichiers sont donc tout de même posées.
       *[open] Vous avez répondu que votre organisation ne conserve de données sur personne, mais d'autres questions qui pourraient révéler des données personnelles sont encore sans réponse : les questions sur vos propres fichiers sont donc tout de même posées.
    }
gdpr-in-full = Vos réponses au CheckUp rapide ne montrent aucune obligation légale non remplie, mais certaines obligations qui vous concernent ne sont vérifiées que dans le CheckUp complet.
must-fix-in-full = { $count ->
        [one] { $count } obligation légale qui vous concerne n'est vérifiée que dans le CheckUp complet.
       *[other] { $count } obligations légales qui vous concernent ne sont vérifiées que dans le CheckUp complet.
    }
nis2-essential = Votre organisation relève probablement de NIS2, en tant qu'entité essentielle.
nis2-important = Votre organisation relève probablement de NIS2, en tant qu'entité importante.
nis2-out = Votre organisation ne relève probablement pas de NIS2.
nis2-unclear = Vos réponses ne permettent pas de dire clairement si NIS2 vous concerne.
nis2-at-least-important = Votre organisation relève probablement de NIS2, au moins en tant qu'entité importante ; les réponses encore en suspens diront si elle est une entité essentielle.
nis2-why-regardless = Vous fournissez des services de télécommunications, DNS, domaine de premier niveau ou de confiance : NIS2 s'y applique quelle que soit la taille.
nis2-why-annex-i-large = Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est grande : 250 personnes ou plus, ou à la fois un chiffre d'affaires de plus de 50 millions d'euros et un total du bilan de plus de 43 millions d'euros.
nis2-why-annex-i-medium = Vous êtes actif dans un secteur hautement critique (annexe I) et votre organisation est moyenne : de 50 à 249 personnes, ou à la fois un chiffre d'affaires et un total du bilan de plus de 10 millions d'euros, sans être grande.
nis2-why-annex-i-i = Vous êtes actif dans un autre secteur critique (annexe II) et votre organisation est moyenne ou grande.
nis2-why-too-small = Votre organisation est petite selon la définition européenne : moins de 50 personnes, et un chiffre d'affaires ou un total du bilan de 10 millions d'euros au plus. À cette taille, NIS2 ne vise que quelques services numériques, comme les télécommunications publiques, les services de confiance et le DNS.
nis2-why-no-sector = Vous n'êtes actif dans aucun des secteurs énumérés dans les annexes de NIS2.
nis2-why-sector-unknown = Votre secteur n'est pas encore connu. Or, c'est lui qui détermine si NIS2 vous concerne.
nis2-why-size-unknown = Votre effectif, votre chiffre d'affaires ou le total de votre bilan n'est pas connu avec assez de précision pour déterminer la taille de votre organisation. Renseignez-vous auprès de votre comptable.
nis2-why-size-figures = Sans { $figures }, la taille de votre organisation ne peut pas être déterminée avec certitude. Renseignez-vous auprès de votre comptable.
nis2-figures-two = { $first } et { $second }
nis2-figure-staff = votre effectif
nis2-figure-turnover = votre chiffre d'affaires annuel
nis2-figure-balance = le total de votre bilan
nis2-why-public-body = Pour les autorités publiques, la loi NIS2 belge s'applique à l'administration publique de l'État fédéral et des communautés et régions. Les pouvoirs locaux, comme les communes, les CPAS et les intercommunales, ne sont visés que s'ils exercent une activité des annexes en ayant la taille requise, ou si le CCB les désigne. C'est cette désignation qui décide : renseignez-vous auprès du CCB.
nis2-supplier = Attention : les organisations soumises à NIS2 doivent aussi veiller à la sécurité de leurs fournisseurs. Le CCB leur conseille de demander au moins CyberFundamentals BASIC à leurs fournisseurs importants.
nis2-supplier-asked = Vos clients vous interrogent déjà sur votre sécurité : ceux qui relèvent de NIS2 vous demanderont probablement CyberFundamentals BASIC, le niveau que ce CheckUp mesure.
nis2-duties = En vertu de NIS2, la direction doit approuver les mesures de sécurité et suivre une formation. Vous devez vous enregistrer auprès du CCB via Safeonweb@work et notifier les incidents significatifs : une alerte précoce dans les 24 heures, une notification d'incident dans les 72 heures et un rapport final dans le mois. Votre plan d'action reprend ces obligations.
nis2-not-legal-advice = Ceci est une première indication, pas un avis juridique. Pour en être certain, faites le test officiel du CCB sur le champ d'application de NIS2.
target-headline = Visez CyberFundamentals { $level }.
target-headline-likely = Votre niveau probable : CyberFundamentals { $level }.
target-why-nis2 = Ce niveau correspond généralement à votre situation probable au regard de NIS2. L'outil de sélection CyFun du CCB vous aide à choisir le niveau en fonction des risques de votre secteur et de la taille de votre organisation, et peut en indiquer un autre : vérifiez-le avec cet outil. Une vérification ou une certification CyberFundamentals confère une présomption de conformité à NIS2.
target-why-micro = Pour une très petite organisation sans données sensibles ni exigences de clients, le niveau Small est un bon début. Si vous grandissez, visez BASIC.
target-why-baseline = BASIC est la protection de base que le CCB recommande à toute organisation, et ce que les organisations soumises à NIS2 demandent à leurs fournisseurs.
target-why-unclear = Tant qu'on ne sait pas si NIS2 vous concerne, commencez par BASIC : chaque niveau supérieur repose sur celui-ci.
method-scoring-title = Comment nous calculons le score
method-scoring1 = Chaque question à laquelle vous avez répondu reçoit un score de 0 à 100 : « oui » 100, « en partie » 50, « non » 0. « Je ne sais pas » compte pour 0, car ce que vous ne savez pas n'est pas réglé. Cette réponse ajoute aussi à votre plan l'action « Clarifiez les points auxquels vous avez répondu “je ne sais pas” ».
method-scoring2 = « Pas d'application », les questions qui ne vous concernent pas et les questions sans réponse ne comptent pas. Le score d'une partie est la moyenne pondérée de ses questions (poids de 1 à 5) ; le score global est la moyenne des CheckUps.
method-scoring3 = Le niveau par partie s'inspire de CyberFundamentals : 1 en dessous de 20, 2 en dessous de 40, 3 en dessous de 60, 4 en dessous de 80, 5 à partir de 80. Le verdict BASIC est la lecture propre du CheckUp, inspirée de la règle du CCB selon laquelle chaque mesure clé doit être remplie : chacune des 13 mesures clés ne compte comme en place que si chaque question qui la concerne reçoit la meilleure réponse (ou « Pas d'application » lorsque la question le permet). « Presque partout » et « en partie » laissent une lacune. Le score de sécurité est affiché à côté, mais ne décide pas.
method-scoring4 = Le plan d'action place d'abord les mesures clés et les obligations légales, puis les actions qui ont le plus d'effet pour le moins d'effort. Chaque action reçoit un moment : cette semaine (gains rapides : beaucoup d'effet, quelques heures de travail, peu de frais), ce mois-ci (mesures clés et obligations légales encore ouvertes), ce trimestre ou plus tard. Chaque moment ne contient que ce qu'une organisation de votre taille peut faire ; ce qui ne tient pas est reporté, et le plan dit pourquoi. Les obligations légales et les obligations NIS2 restent toujours dans le mois, quel que soit leur nombre ; les mesures clés aussi, dès que vous visez CyberFundamentals BASIC ou plus. Pour une micro-organisation qui vise Small, BASIC est l'étape suivante : les mesures clés de BASIC passent en premier, mais seulement autant qu'elle peut en réaliser.
method-sources-title = Sources
method-sources-gdpr = Le RGPD : règlement (UE) 2016/679, avec la loi-cadre belge du 30 juillet 2018, la loi caméras du 21 mars 2007 et les règles sur les cookies et le marketing direct. Chaque question cite les articles sur lesquels elle repose.
method-sources-cyfun = CyberFundamentals (CyFun®), version 2025, niveau BASIC : © Centre pour la Cybersécurité Belgique (CCB). Le CheckUp utilise uniquement les numéros des exigences et pose ses propres questions en langage simple, sans but commercial et avec mention de la source. Le CCB n'a pas validé le CheckUp.
method-sources-guides = Les actions renvoient à des ressources belges gratuites : Safeonweb et Safeonweb@work (CCB), CERT.be, l'Autorité de protection des données et la Cyber Security Coalition.
method-privacy-title = Votre vie privée
method-privacy = Le CheckUp fonctionne entièrement dans votre navigateur. Vos réponses ne sont envoyées nulle part : elles restent dans votre navigateur et dans les fichiers que vous enregistrez vous-même.
method-disclaimer-title = Avertissement
disclaimer = Le CheckUp est une auto-évaluation indépendante. Ce n'est ni un audit, ni une certification, ni un avis juridique, et il n'est pas approuvé par le CCB ni par l'APD. Le résultat dépend de vos propres réponses.
ref-law = art. { $article } { $law }
key-measures-count = Mesures clés en place : { $n } sur 13
cyfun-gaps-basic = BASIC demande les 13 mesures clés : celles qui manquent figurent ci-dessous.
cyfun-gaps-small = Ces mesures clés sont la base d'une bonne protection ; BASIC, qui les demande toutes les 13, est l'étape suivante.
cyfun-gaps-higher = BASIC, première étape vers CyberFundamentals { $level }, demande les 13 mesures clés.
cyfun-higher-important = Le CheckUp mesure la partie BASIC, la première étape. CyberFundamentals IMPORTANT y ajoute des exigences contre les attaques ciblées. Pour cela, faites l'auto-évaluation du CCB.
cyfun-higher-essential = Le CheckUp mesure la partie BASIC, la première étape. CyberFundamentals ESSENTIAL y ajoute des exigences contre les attaques ciblées et avancées. Pour cela, faites l'auto-évaluation du CCB.
cyfun-score-info = Votre score de sécurité est de { $score } sur 100. Il montre où vous en êtes sur l'ensemble des questions, mais ne décide pas de BASIC.
measure-in-place = En place
measure-gap = À améliorer
measure-unknown = Pas encore de réponse
key-measures-missing = Mesures clés pas encore en place
show-questions = Voir les questions
km-id-am082 = Mises à jour de sécurité
km-pr-aa011 = Comptes personnels et mots de passe
km-pr-aa032 = MFA pour l'accès distant et l'e-mail
km-pr-aa051 = Droits d'accès gérés et revus
km-pr-aa052 = Qui a besoin d'accéder à quoi
km-pr-aa053 = Uniquement les accès nécessaires au travail
km-pr-aa054 = Pas de droits d'administrateur pour le travail quotidien
km-pr-ds111 = Sauvegardes sur un système distinct
km-pr-ps041 = Journaux conservés et surveillés
km-pr-ir011 = Pare-feu installés et entretenus
km-pr-ir012 = Segmentation du réseau
km-de-cm012 = Anti-malware installé et à jour
km-de-ae031 = Journaux de sécurité examinés
nis2-why-essential-any-size = Vous fournissez des services de confiance qualifiés, un registre de domaine de premier niveau ou des services DNS pour des tiers : NIS2 en fait des entités essentielles, quelle que soit leur taille (directive NIS2, art. 3).
nis2-why-telecom-medium-or-large = Vous fournissez un réseau public de communications électroniques ou un service de communications électroniques accessible au public, et votre organisation est au moins de taille moyenne : elle est donc une entité essentielle (directive NIS2, art. 3).
nis2-why-telecom-small = Vous fournissez un réseau public de communications électroniques ou un service de communications électroniques accessible au public. NIS2 s'y applique quelle que soit la taille ; un petit fournisseur est une entité importante (directive NIS2, art. 2 et 3).
nis2-why-trust-service = Vous fournissez des services de confiance non qualifiés. NIS2 s'y applique quelle que soit la taille ; tant que votre organisation n'est pas grande, elle est une entité importante (directive NIS2, art. 2 et 3).
nis2-why-special-unknown = Vous n'avez pas indiqué si vous fournissez des services de télécommunications, de confiance ou DNS à des tiers. NIS2 s'y applique quelle que soit la taille.
nis2-why-group = Votre organisation fait partie d'un groupe, ou vous n'en êtes pas sûr. Les chiffres des entreprises partenaires et liées comptent alors aussi (recommandation 2003/361/CE, annexe, art. 3 et 6), et vos propres chiffres ne suffisent pas. Indiquez la taille du groupe ou demandez-la à votre comptable. Le CCB tient compte du degré d'indépendance de vos réseaux et systèmes d'information par rapport à ceux du groupe (loi NIS2 belge, art. 3, § 2).
nis2-why-group-size = Cette indication utilise la taille de votre groupe, comme le prévoit la définition européenne.
nis2-why-at-least-important = Quelles que soient les réponses manquantes, votre organisation relève de NIS2, au moins comme entité importante.
nis2-pointer-dora = Pour les banques et les autres entités financières, le règlement DORA (règlement (UE) 2022/2554) fixe les règles de sécurité et de notification des incidents. Là où il le fait, les règles de NIS2 s'effacent (directive NIS2, art. 4).
nis2-pointer-cra = Vous fabriquez du matériel ou des logiciels qui se connectent à un appareil ou à un réseau et sont vendus dans l'UE ? Le règlement sur la cyberrésilience (règlement (UE) 2024/2847) s'applique alors à ces produits : à partir du 11 septembre 2026, vous devez notifier les vulnérabilités activement exploitées et les incidents graves (art. 14).
nis2-duties-essential = En tant qu'entité essentielle, vous avez aussi besoin d'une évaluation périodique de la conformité : une certification CyberFundamentals ou ISO/IEC 27001 par un organisme accrédité, ou une inspection par le CCB.
method-scoring5 = Ceci n'est pas une évaluation CyFun. Dans l'outil d'auto-évaluation du CCB, chaque exigence reçoit deux notes, pour la documentation et pour la mise en œuvre, sur une échelle de maturité de 1 à 5 ; les moyennes et chaque mesure clé sont comparées aux seuils du schéma d'évaluation de la conformité du CCB. Seul un organisme d'évaluation de la conformité accrédité peut vérifier ou certifier le résultat.

### The plan in time, who does it, and what to ask.

l-when = Quand
l-situation = Votre situation en une page
l-plan-soon = Cette semaine et ce mois-ci
l-plan-rest = Le reste du plan
l-sources = Sources
l-other-platforms = Étapes pour d'autres plateformes
horizon-this-week = Cette semaine
horizon-this-month = Ce mois-ci
horizon-this-quarter = Ce trimestre
horizon-later = Plus tard
horizon-total = { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, environ { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } de travail
horizon-done = ({ $done ->
        [one] { $done } terminée
       *[other] { $done } terminées
    })
horizon-moved-full = { $wanted ->
        [this_week] Prévu plus tard : cette semaine est déjà pleine pour une organisation de votre taille.
        [this_month] Prévu plus tard : ce mois-ci est déjà plein pour une organisation de votre taille.
       *[other] Prévu plus tard : ce trimestre est déjà plein pour une organisation de votre taille.
    }
horizon-moved-after = Vient après « { $action } », qui doit être fait d'abord.
horizon-moved-needed = Avancé : « { $action } » en a besoin d'abord.
hours-about = environ { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
help-specialist = Demande des connaissances spécialisées : à défaut en interne, faites-le faire ou vérifier par une entreprise informatique.
plan-document-ready = Un projet, rempli à partir de vos réponses, est prêt dans le CheckUp, sous « Vos documents » : { $document }.
platform-m365 = Dans Microsoft 365
platform-google = Dans Google Workspace ou Gmail
platform-site-builder = Dans votre outil de création de site (Wix, Squarespace, Jimdo…)
platform-cms = Dans WordPress ou un système similaire
platform-shop-platform = Dans votre plateforme de boutique en ligne (Shopify, Lightspeed…)
assignee-owner = Vous (la direction)
assignee-it-provider = Votre prestataire informatique
assignee-it-staff = Votre personnel informatique
assignee-it-staff-or-provider = Votre personnel informatique ou votre prestataire
assignee-own-it = Vous ou la personne qui s'occupe de vos ordinateurs
assignee-it-unknown = La personne qui s'occupe de votre informatique
assignee-accountant = Votre comptable
assignee-payroll = Votre secrétariat social
assignee-legal = Un juriste ou un conseiller en vie privée
assignee-all-staff = Tout le personnel
ask-title = Quoi demander, et à qui
ask-intro = Vous avez répondu « Je ne sais pas » à ces questions. Posez-les aux personnes ci-dessous : avec leurs réponses, vos résultats et votre plan seront complets. Chaque liste tient dans un seul e-mail.
ask-you-means = Dans ces questions, « vous » désigne { $organisation }.
ask-answer = Réponse :
ask-owner = À vérifier vous-même
ask-it-provider = À demander à votre prestataire informatique
ask-it-staff = À demander à votre personnel informatique
ask-it-staff-or-provider = À demander à votre personnel informatique ou à votre prestataire
ask-own-it = À demander à la personne qui s'occupe de vos ordinateurs
ask-it-unknown = À demander à la personne qui s'occupe de votre informatique
ask-accountant = À demander à votre comptable
ask-payroll = À demander à votre secrétariat social
ask-legal = À demander à un juriste ou à un conseiller en vie privée
ask-all-staff = À demander à votre personnel
must-fix-open = { $count ->
        [0] Aucune obligation légale en suspens
        [one] { $count } obligation légale en suspens
       *[other] { $count } obligations légales en suspens
    }
must-fix-open-label = En suspens
score-explain = Un score montre quelle part de ce que le CheckUp demande est en place : 100 signifie tout, 0 rien. Il pondère vos réponses ; ce n'est pas une note par rapport à d'autres organisations.
score-legend = Vert : 80 ou plus, en grande partie en place. Orange : de 50 à 79, en partie en place. Rouge : moins de 50, beaucoup reste à faire. La ligne pointillée marque 80, où une barre devient verte.
score-dont-know = { $count ->
        [one] { $count } réponse est « Je ne sais pas » : elle compte comme pas en place tant que vous n'avez pas vérifié. Votre plan indique quoi demander, et à qui.
       *[other] { $count } réponses sont « Je ne sais pas » : elles comptent comme pas en place tant que vous n'avez pas vérifié. Votre plan indique quoi demander, et à qui.
    }
selection-line = Cette sélection : { $shown } sur { $total ->
        [one] { $total } action
       *[other] { $total } actions
    }
full-report-note = Le rapport complet ajoute chaque action en détail avec ses liens « Pour en savoir plus », les constats par partie et toutes vos réponses.
# Between a label and its value ("Who: …"); French puts a no-break space before the colon.
colon = {" "}:{" "}
# A word in the full report's file name (…-complet.pdf).
file-full = complet
