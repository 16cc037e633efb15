### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Vie privée et cybersécurité pour votre PME : rapide ou approfondi
language-label = Langue
skip-to-content = Aller au contenu
title-start = Bienvenue
start-lead = Répondez à des questions simples sur la façon dont votre organisation gère les données personnelles et l'informatique. Vous obtenez un score, voyez ce qui est prioritaire et recevez un plan d'action indiquant qui peut faire quoi.
start-not-audit = Une auto-évaluation indépendante fondée sur le RGPD et le cadre CyberFundamentals du CCB : ni audit, ni certificat, et non approuvée par le CCB.
start-time = Vous pouvez vous arrêter à tout moment et reprendre plus tard.
start-privacy = Rien ne quitte votre navigateur : vos réponses restent sur cet appareil. Enregistrez un fichier pour les conserver ou les partager.
choose-language = Langue
start = Commencer le CheckUp complet
start-choose = Choisissez jusqu'où aller
start-quick-title = CheckUp rapide
start-quick-time = En général, 25 à 35 questions, 15 à 25 minutes.
start-quick-what = Les mesures clés et les obligations légales qui vous concernent : assez pour un premier avis sur CyberFundamentals, le RGPD et NIS2, et un premier plan d'action. Vous pourrez ensuite passer au CheckUp complet sans rien répondre deux fois.
start-quick = Commencer le CheckUp rapide
start-full-title = CheckUp complet
start-full-time = En général, 90 à 120 questions, 40 à 55 minutes.
start-full-what = Toutes les questions qui concernent votre organisation, pour une vue complète et un plan d'action détaillé.
start-count-later = Après les questions sur votre organisation, vous voyez exactement combien de questions il y a et le temps qu'elles prennent.
resume = Reprendre où vous en étiez
loading = Chargement…
next-failed = Les questions suivantes n'ont pas pu être chargées. Vérifiez votre connexion, puis cliquez à nouveau sur « Suivant ». Vos réponses sont conservées.
