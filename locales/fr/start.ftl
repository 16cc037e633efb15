### The first screen: shown at once, before the rest of the app has loaded.
### Plain text only here (no { $variables }, no selectors).

app-name = CheckUp
app-tagline = Vie privée et cybersécurité pour votre PME, en 25 minutes environ
language-label = Langue
skip-to-content = Aller au contenu
title-start = Bienvenue
start-lead = Répondez à des questions simples sur la façon dont votre organisation gère les données personnelles et l'informatique. Vous obtenez un score, voyez ce qui est prioritaire et recevez un plan d'action indiquant qui peut faire quoi.
start-not-audit = Une auto-évaluation indépendante fondée sur le RGPD et le cadre CyberFundamentals du CCB : ni audit, ni certificat, et non approuvée par le CCB.
start-time = Comptez 20 à 30 minutes. Vous pouvez vous arrêter et reprendre plus tard à tout moment.
start-privacy = Rien ne quitte votre navigateur : vos réponses restent sur cet appareil. Enregistrez un fichier pour les conserver ou les partager.
choose-language = Langue
start = Commencer le CheckUp
resume = Reprendre où vous en étiez
loading = Chargement…
