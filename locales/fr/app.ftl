### The walkthrough, the plan page, saving and loading files, notices.

title-questions = Questions
title-review = Questions restantes
title-results = Vos résultats
title-plan = Votre plan d'action
title-about = Comment fonctionne le CheckUp
start-over = Recommencer
started-over = Vous recommencez. Vous pouvez encore restaurer vos réponses précédentes.
packs-failed = Les questions n'ont pas pu être chargées. Vérifiez votre connexion et rechargez la page.
pack-missing = Le module de questions { $file } n'a pas pu être chargé et est ignoré.
setup-problems = Pour le gestionnaire de ce site : problèmes de configuration
section-of = partie { $n } sur { $count }
sections-label = Parties
step-count = { $answered }/{ $total }
progress-label = Progression
why-this-matters = Pourquoi est-ce important ?
optional = Facultatif.
back = Précédent
next = Suivant
to-review = Aller au récapitulatif
section-not-asked = Cette partie ne concerne pas votre organisation.
back-to-start = Retour au début
review-intro = Ces questions sont encore sans réponse. Cliquez sur une question pour y répondre.
review-all-done = Toutes les questions ont une réponse. Bravo !
see-results = Voir vos résultats
see-results-anyway = Voir quand même les résultats
results-incomplete = Toutes les questions n'ont pas encore de réponse : les résultats sont provisoires.
see-plan = Voir votre plan d'action
plan-intro = Vos actions dans l'ordre où les faire : cette semaine, ce mois-ci, ce trimestre, plus tard. Ouvrez une action pour voir ses étapes, ou pour noter qui la fait et pour quand. Tout est enregistré dans ce navigateur.
plan-count = { $shown ->
        [one] { $shown } action affichée
       *[other] { $shown } actions affichées
    } sur { $total }
filters = Filtres
no-owner = Personne pour l'instant
all = Tout afficher
print = Imprimer
download-pdf = Télécharger le rapport PDF
pdf-loading = Chargement du module PDF…
pdf-working = Mise en page de votre rapport…
pdf-saved = Le rapport PDF a été téléchargé.
pdf-failed = Le PDF n'a pas pu être créé. Réessayez, ou imprimez la page.
save-as-file = Enregistrer dans un fichier
open-file = Ouvrir un fichier enregistré
save-csv = Plan d'action en tableur (CSV)
download-failed = Le fichier n'a pas pu être enregistré.
confirm-replace = Ce fichier ({ $file }) remplace votre travail actuel ({ $current }). Votre travail actuel est conservé : vous pourrez le restaurer ensuite, même après avoir rechargé la page.
replace = Remplacer
cancel = Annuler
imported = Fichier chargé ({ $what }).
import-set-aside = { $count ->
        [one] { $count } réponse à une question qui n'existe plus a été mise de côté
       *[other] { $count } réponses à des questions qui n'existent plus ont été mises de côté
    } : { $ids }.
undo = Annuler l'action
restored = Vos réponses précédentes ont été restaurées.
update-ready = Une nouvelle version du CheckUp est disponible. Rechargez la page pour l'utiliser ; vos réponses sont conservées.
reload = Recharger
other-tab = Vos réponses ont été mises à jour avec les modifications d'un autre onglet.
export-reminder = Vos réponses ne se trouvent que dans ce navigateur, qui peut les effacer. Enregistrez maintenant un fichier pour les mettre à l'abri.
dismiss = Fermer
storage-blocked = Votre navigateur ne permet pas à cette page d'enregistrer des données. Vous pouvez continuer, mais enregistrez vos réponses dans un fichier avant de fermer la page.
storage-full = Le stockage de votre navigateur est plein : vos dernières modifications n'ont pas été enregistrées. Enregistrez vos réponses dans un fichier.
storage-corrupt = Vos réponses n'ont pas pu être enregistrées. Enregistrez-les dans un fichier.
storage-recovered = Les données enregistrées dans ce navigateur étaient endommagées. Nous avons restauré ce qui était encore lisible ; vérifiez vos réponses. Une copie des données endommagées a été conservée.
backup-not-kept = Votre travail précédent n'a pas pu être conservé dans le stockage de ce navigateur : « Annuler l'action » ne peut le restaurer que tant que cette page reste ouverte. Enregistrez-le dans un fichier au cas où vous en auriez encore besoin.
save-replaced-work = Enregistrer le travail précédent dans un fichier
damaged-held = Les données enregistrées dans ce navigateur étaient endommagées, et aucune copie n'a pu en être conservée. Nous affichons ce qui était encore lisible ; vérifiez vos réponses. Les données endommagées restent telles quelles : rien n'est enregistré par-dessus avant que vous les ayez enregistrées dans un fichier ou que vous ayez choisi de continuer sans elles.
save-damaged-copy = Enregistrer les données endommagées dans un fichier
go-on-without-damaged = Continuer et enregistrer mes réponses à leur place
footer-disclaimer = Auto-évaluation indépendante. Ni audit ni certification ; non approuvée par le CCB ni par l'APD.
footer-about = Calcul du score, sources et vie privée
your-data = Vos données
your-data-intro = Vos réponses se trouvent uniquement dans ce navigateur. Le navigateur peut les effacer (par exemple en supprimant les données de navigation) : enregistrez donc régulièrement un fichier.
history-title = Évolution dans le temps
history-intro = Terminé ? Gardez les résultats d'aujourd'hui. Quand vous referez le CheckUp plus tard, vous verrez par partie ce qui a changé et quelles actions ont été réalisées entre-temps.
baseline-name = Nom de ce tour (facultatif, par exemple « Printemps 2026 »)
save-baseline = Garder pour comparer plus tard
baseline-saved = Les résultats d'aujourd'hui sont gardés pour une comparaison plus tard.
clear-title = Tout effacer
clear-intro = Efface toutes vos réponses, votre plan et vos points de départ de ce navigateur. Enregistrez d'abord un fichier si vous voulez les garder.
clear-button = Tout effacer
confirm-clear = Voulez-vous vraiment tout effacer ? { $answers ->
        [0] Votre plan et vos points de départ seront effacés de ce navigateur.
        [one] { $answers } réponse, votre plan et vos points de départ seront effacés de ce navigateur.
       *[other] { $answers } réponses, votre plan et vos points de départ seront effacés de ce navigateur.
    }
cleared = Tout a été effacé de ce navigateur.
import-too-large = Ce fichier est trop volumineux ({ $size } Mo) pour un fichier CheckUp : le CheckUp ouvre les fichiers jusqu'à { $max } Mo. Choisissez le fichier que vous avez enregistré depuis le CheckUp.
import-empty = Ce fichier est vide : l'enregistrement ou le téléchargement a peut-être été interrompu. Vos réponses actuelles restent inchangées. Choisissez un autre fichier, par exemple un enregistrement antérieur.
import-not-json = Ce fichier est endommagé ou incomplet (erreur ligne { $line }, colonne { $column }). Vos réponses actuelles restent inchangées.
import-not-assessment = Ce n'est pas un fichier CheckUp. Choisissez un fichier créé avec « Enregistrer dans un fichier ».
import-future = Ce fichier provient d'une version plus récente du CheckUp (format { $version }). Ouvrez-le dans la dernière version.
import-invalid = Ce fichier CheckUp contient des données non valides et ne peut pas être chargé ({ $detail }). Vos réponses actuelles restent inchangées.
confirm-replace-empty = Ce fichier est vide : il ne contient ni réponses, ni plan, ni points de départ. L'ouvrir remplace votre travail actuel ({ $current }) par un CheckUp vide. Votre travail actuel est conservé : vous pourrez le restaurer ensuite.
confirm-replace-unkept = Ce fichier ({ $file }) remplace votre travail actuel ({ $current }). Ce navigateur ne peut pas conserver votre travail actuel : « Annuler l'action » ne peut le restaurer que tant que cette page reste ouverte. Enregistrez-le d'abord dans un fichier au cas où vous en auriez encore besoin.
confirm-replace-empty-unkept = Ce fichier est vide : il ne contient ni réponses, ni plan, ni points de départ. L'ouvrir remplace votre travail actuel ({ $current }) par un CheckUp vide. Ce navigateur ne peut pas conserver votre travail actuel : « Annuler l'action » ne peut le restaurer que tant que cette page reste ouverte. Enregistrez-le d'abord dans un fichier au cas où vous en auriez encore besoin.
count-answers = réponses : { $n }
count-plan = actions avec vos notes : { $n }
count-baselines = points de départ : { $n }
backup-kept = Le travail que vous avez remplacé en ouvrant un fichier ou en recommençant est toujours conservé ({ $what }). Vous pouvez le restaurer.
keep-new-work = Garder les nouvelles réponses
cleared-elsewhere = Toutes les données ont été effacées dans un autre onglet. Cette page affiche maintenant elle aussi un CheckUp vide et ne réécrit rien.
newer-format = Les données de ce navigateur ont été enregistrées par une version plus récente du CheckUp (format { $version }).
newer-packs = Ces réponses se rapportent à des questions plus récentes que celles de cette version du CheckUp : { $packs }.
newer-not-written = Cette version les affiche, mais n'enregistre aucune modification, pour que rien de la version plus récente ne se perde. Rechargez la page pour obtenir la nouvelle version, ou enregistrez-en une copie dans un fichier.
save-copy = Enregistrer une copie
newer-go-on-text = Si aucune version plus récente du CheckUp ne vous est accessible, continuez dans celle-ci : elle garde de côté dans vos données les réponses aux questions qu'elle ne connaît pas, pour qu'une version plus récente les retrouve. Enregistrez d'abord une copie pour garder les données telles quelles.
newer-go-on = Continuer dans cette version
newer-adopted = Vous continuez dans cette version. Les réponses aux questions qu'elle ne connaît pas restent de côté.
frame-restricted = Le CheckUp fonctionne ici dans un cadre qui ne permet pas tout :
frame-no-storage = vos réponses ne sont pas conservées dans ce navigateur : enregistrez-les dans un fichier avant de fermer la page ;
frame-no-offline = sans connexion internet, le CheckUp ne fonctionne pas ici ;
frame-no-downloads = l'enregistrement de fichiers (fichier, tableur, PDF) est généralement bloqué ici.
frame-own-tab = Ouvrez le CheckUp dans un onglet à part pour tout utiliser :
frame-partitioned = Le CheckUp est affiché ici dans la page d'un autre site. Votre navigateur ne conserve les réponses données ici que pour ce site : si vous ouvrez le CheckUp directement, vous ne les verrez pas. Enregistrez un fichier pour les emporter.
download-may-be-blocked = Le CheckUp fonctionne ici dans un cadre qui bloque généralement les téléchargements. Si aucun fichier n'est apparu, le téléchargement n'a pas eu lieu : ouvrez le CheckUp dans un onglet à part pour enregistrer des fichiers ({ $url }).
export-too-large = Ce fichier fera { $size } Mo, plus que ce que le CheckUp peut rouvrir ({ $max } Mo au plus). Supprimez d'abord de longues notes ou d'anciens points de départ, ou enregistrez-le quand même.
save-anyway = Enregistrer quand même
pdf-retry = Réessayer
pdf-module-failed = Le module PDF n'a pas pu être chargé ou s'est arrêté. Vérifiez votre connexion internet et réessayez, ou imprimez la page.
pdf-may-be-blocked = Le rapport PDF est prêt, mais ce cadre bloque généralement les téléchargements : si aucun fichier n'est apparu, ouvrez le CheckUp dans un onglet à part.
boot-failed = Le CheckUp n'a pas pu démarrer ici : la page qui l'affiche ou le réseau a bloqué une partie de ses fichiers. Ouvrez le CheckUp dans un onglet à part :
import-no-version = Ce fichier CheckUp n'indique pas de version (le champ « version » manque) : il ne peut donc pas être lu en toute sécurité. Les fichiers enregistrés par le CheckUp contiennent "version": 1. Vos réponses actuelles restent inchangées.
import-bad-version = La version de ce fichier CheckUp doit être un nombre, comme 1, mais elle vaut { $found }. Vos réponses actuelles restent inchangées.
asked-again-split = Posées à nouveau, car la question a été scindée ou modifiée : { $questions }.
asked-again-choices = Posées à nouveau, car les choix de réponse ont changé : { $questions }.
asked-again-not-an-option = Posées à nouveau, car la réponse précédente ne fait plus partie des choix : { $questions }.
kept-aside-removed = Réponses mises de côté parce que cette version ne pose plus la question (elles restent dans vos données et dans les fichiers enregistrés) : { $count }.
answers-back = Des réponses mises de côté auparavant correspondent de nouveau et sont restaurées : { $questions }.
pack-version-here = { $pack } { $file } (cette version : { $ours })
newer-questions = Ces données proviennent d'une version des questions plus récente que celle de ce CheckUp : { $packs }. Les réponses aux questions que cette version ne connaît pas restent de côté et ne sont pas perdues.
unreadable-pack-version = Le fichier indique une version des questions que ce CheckUp ne sait pas lire ({ $packs }) ; les réponses ont été vérifiées avec les questions de cette version.
unknown-fields-kept = Le fichier contient des champs que cette version ne connaît pas ; ils sont conservés tels quels : { $fields }.
import-bad-dates = Les échéances qui n'existent pas figurent désormais dans la note de leur action : { $dates }.
due-kept-in-note = Échéance du fichier, qui n'existe pas : { $date }
date-format = « { $text } » n'est pas une date. Écrivez une date sous la forme AAAA-MM-JJ, par exemple 2026-12-31.
date-no-such-month = La date { $date } n'existe pas : le mois doit être compris entre 01 et 12.
date-no-such-day = La date { $date } n'existe pas : { $month } compte { $days } jours.
date-incomplete = Cette date n'existe pas ou est incomplète. L'échéance précédente est conservée jusqu'à ce que vous choisissiez une date qui existe.
date-incomplete-none = Cette date n'existe pas ou est incomplète : elle n'est pas enregistrée. Choisissez une date qui existe.
date-not-saved = L'échéance précédente est conservée jusqu'à ce que vous choisissiez une date qui existe.

### The results and plan pages: horizons, delegation, downloads.

filter-role = Rôle
filter-person = Personne responsable
assign-all = Tout confier à une personne
assign-name = Nom de la personne
assign-do = Confier
assigned = { $count ->
        [one] { $count } action est maintenant confiée à { $name }.
       *[other] { $count } actions sont maintenant confiées à { $name }.
    }
only-selection = Seulement les actions affichées ({ $count ->
        [one] { $count } action
       *[other] { $count } actions
    })
download-pdf-full = Rapport complet (PDF)
download-ask = Télécharger les questions (fichier texte)
download-ask-note = Un simple fichier texte : joignez-le à un e-mail, ou copiez-le dedans.
ask-none = Rien à demander : vous n'avez répondu « Je ne sais pas » à aucune question.
show-steps = Étapes et détails
plan-it = Planifier : qui, quand, statut
save-file-note = Gardez ce fichier : vous pourrez l'ouvrir ici plus tard et reprendre là où vous en étiez.
week-empty = Rien n'est prévu pour cette semaine : commencez par les actions de ce mois-ci dans votre plan.
scores-title = Vos scores
more-details = Plus de détails
more-downloads = Rapport complet, enregistrer, imprimer
and-more = { $count ->
        [one] et { $count } autre
       *[other] et { $count } autres
    }
