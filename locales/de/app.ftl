### The walkthrough, the plan page, saving and loading files, notices.

title-questions = Fragen
title-review = Noch offene Fragen
title-results = Ihre Ergebnisse
title-plan = Ihr Maßnahmenplan
title-about = Wie der CheckUp funktioniert
start-over = Neu beginnen
started-over = Sie beginnen neu. Ihre vorherigen Antworten können Sie noch wiederherstellen.
packs-failed = Die Fragen konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.
pack-missing = Das Fragenpaket { $file } konnte nicht geladen werden und wird übersprungen.
setup-problems = Für die Betreiber dieser Website: Probleme in der Konfiguration
section-of = Bereich { $n } von { $count }
sections-label = Bereiche
step-count = { $answered }/{ $total }
progress-label = Fortschritt
why-this-matters = Warum ist das wichtig?
optional = Optional.
back = Zurück
next = Weiter
to-review = Zur Übersicht
section-not-asked = Dieser Bereich gilt nicht für Ihre Organisation.
back-to-start = Zurück zum Anfang
review-intro = Diese Fragen sind noch nicht beantwortet. Klicken Sie auf eine Frage, um sie zu beantworten.
review-all-done = Alle Fragen sind beantwortet. Gut gemacht!
see-results = Ergebnisse ansehen
see-results-anyway = Ergebnisse trotzdem ansehen
results-incomplete = Noch sind nicht alle Fragen beantwortet: Die Ergebnisse sind vorläufig.
see-plan = Maßnahmenplan ansehen
plan-intro = Ihre Maßnahmen in der Reihenfolge, in der Sie sie angehen: diese Woche, diesen Monat, dieses Quartal, später. Öffnen Sie eine Maßnahme für die Schritte, oder um einzutragen, wer sie bis wann erledigt. Alles wird in diesem Browser gespeichert.
plan-count = { $shown } von { $total ->
        [one] { $total } Maßnahme
       *[other] { $total } Maßnahmen
    }
filters = Filter
no-owner = Noch niemand
all = Alle
print = Drucken
download-pdf = PDF-Bericht herunterladen
pdf-loading = Das PDF-Modul wird geladen…
pdf-working = Ihr Bericht wird erstellt…
pdf-saved = Der PDF-Bericht wurde heruntergeladen.
pdf-failed = Das PDF konnte nicht erstellt werden. Versuchen Sie es erneut oder drucken Sie die Seite.
save-as-file = Als Datei speichern
open-file = Gespeicherte Datei öffnen
save-csv = Maßnahmenplan als Tabelle (CSV)
download-failed = Die Datei konnte nicht gespeichert werden.
confirm-replace = Diese Datei ({ $file }) ersetzt Ihre aktuelle Arbeit ({ $current }). Ihre aktuelle Arbeit bleibt erhalten: Sie können sie danach wiederherstellen, auch nach dem Neuladen der Seite.
replace = Ersetzen
cancel = Abbrechen
imported = Datei geladen ({ $what }).
import-set-aside = { $count ->
        [one] { $count } Antwort auf eine Frage, die es nicht mehr gibt, wurde separat aufbewahrt
       *[other] { $count } Antworten auf Fragen, die es nicht mehr gibt, wurden separat aufbewahrt
    }: { $ids }.
undo = Rückgängig machen
restored = Ihre vorherigen Antworten wurden wiederhergestellt.
update-ready = Eine neue Version des CheckUp ist verfügbar. Laden Sie die Seite neu, um sie zu nutzen; Ihre Antworten bleiben erhalten.
reload = Neu laden
other-tab = Ihre Antworten wurden mit Änderungen aus einem anderen Tab aktualisiert.
export-reminder = Ihre Antworten liegen nur in diesem Browser, der sie löschen kann. Speichern Sie jetzt eine Datei, um sie sicher aufzubewahren.
dismiss = Schließen
storage-blocked = Ihr Browser erlaubt dieser Seite nicht, Daten zu speichern. Sie können weiterarbeiten, aber speichern Sie Ihre Antworten als Datei, bevor Sie die Seite schließen.
storage-full = Der Speicher Ihres Browsers ist voll: Ihre letzten Änderungen wurden nicht gespeichert. Speichern Sie Ihre Antworten als Datei.
storage-corrupt = Ihre Antworten konnten nicht gespeichert werden. Speichern Sie sie als Datei.
storage-recovered = Die gespeicherten Daten in diesem Browser waren beschädigt. Wir haben wiederhergestellt, was noch lesbar war; prüfen Sie Ihre Antworten. Eine Kopie der beschädigten Daten wurde aufbewahrt.
backup-not-kept = Ihre vorherige Arbeit konnte nicht im Speicher dieses Browsers aufbewahrt werden: „Rückgängig machen“ stellt sie nur wieder her, solange Sie diese Seite nicht schließen. Speichern Sie sie als Datei, wenn Sie sie noch brauchen könnten.
save-replaced-work = Vorherige Arbeit als Datei speichern
damaged-held = Die gespeicherten Daten in diesem Browser waren beschädigt, und es konnte keine Kopie davon aufbewahrt werden. Wir zeigen, was noch lesbar war; prüfen Sie Ihre Antworten. Die beschädigten Daten bleiben unverändert und werden erst überschrieben, wenn Sie sie als Datei speichern oder sich entscheiden, ohne sie weiterzumachen.
save-damaged-copy = Beschädigte Daten als Datei speichern
go-on-without-damaged = Weitermachen und die beschädigten Daten überschreiben
footer-disclaimer = Unabhängige Selbstbewertung. Kein Audit und keine Zertifizierung; nicht vom ZCB oder von der Datenschutzbehörde anerkannt.
footer-about = Bewertung, Quellen und Datenschutz
your-data = Ihre Daten
your-data-intro = Ihre Antworten liegen nur in diesem Browser. Der Browser kann sie entfernen (etwa wenn die Browserdaten gelöscht werden): Speichern Sie deshalb ab und zu eine Datei.
history-title = Fortschritt im Zeitverlauf
history-intro = Fertig? Bewahren Sie die Ergebnisse von heute auf. Wenn Sie den CheckUp später erneut machen, sehen Sie je Bereich, was sich geändert hat und welche Maßnahmen seitdem erledigt sind.
baseline-name = Name dieser Runde (optional, zum Beispiel „Frühjahr 2026“)
save-baseline = Für einen späteren Vergleich aufbewahren
baseline-saved = Die Ergebnisse von heute sind für einen späteren Vergleich aufbewahrt.
clear-title = Alles löschen
clear-intro = Löscht alle Ihre Antworten, Ihren Plan und Ihre Ausgangspunkte aus diesem Browser. Speichern Sie zuerst eine Datei, wenn Sie sie behalten möchten.
clear-button = Alles löschen
confirm-clear = Sind Sie sicher? { $answers ->
        [0] Ihr Plan und Ihre Ausgangspunkte werden aus diesem Browser gelöscht.
        [one] { $answers } Antwort, Ihr Plan und Ihre Ausgangspunkte werden aus diesem Browser gelöscht.
       *[other] { $answers } Antworten, Ihr Plan und Ihre Ausgangspunkte werden aus diesem Browser gelöscht.
    }
cleared = Alles wurde aus diesem Browser gelöscht.
import-too-large = Diese Datei ist zu groß ({ $size } MB) für eine CheckUp-Datei: Der CheckUp öffnet Dateien bis { $max } MB. Wählen Sie die Datei, die Sie aus dem CheckUp gespeichert haben.
import-empty = Diese Datei ist leer: Vielleicht wurde das Speichern oder Herunterladen abgebrochen. Ihre aktuellen Antworten bleiben unverändert. Wählen Sie eine andere Datei, zum Beispiel eine früher gespeicherte Datei.
import-not-json = Diese Datei ist beschädigt oder unvollständig (Fehler in Zeile { $line }, Spalte { $column }). Ihre aktuellen Antworten bleiben unverändert.
import-not-assessment = Das ist keine CheckUp-Datei. Wählen Sie eine Datei, die Sie mit „Als Datei speichern“ erstellt haben.
import-future = Diese Datei stammt aus einer neueren Version des CheckUp (Format { $version }). Öffnen Sie sie in der neuesten Version.
import-invalid = Diese CheckUp-Datei enthält ungültige Daten und kann nicht geladen werden ({ $detail }). Ihre aktuellen Antworten bleiben unverändert.
confirm-replace-empty = Diese Datei ist leer: Sie enthält keine Antworten, keinen Plan und keine Ausgangspunkte. Wenn Sie sie öffnen, wird Ihre aktuelle Arbeit ({ $current }) durch einen leeren CheckUp ersetzt. Ihre aktuelle Arbeit bleibt erhalten: Sie können sie danach wiederherstellen.
confirm-replace-unkept = Diese Datei ({ $file }) ersetzt Ihre aktuelle Arbeit ({ $current }). Dieser Browser kann Ihre aktuelle Arbeit nicht aufbewahren: „Rückgängig machen“ stellt sie nur wieder her, solange Sie diese Seite nicht schließen. Speichern Sie sie zuerst als Datei, wenn Sie sie noch brauchen könnten.
confirm-replace-empty-unkept = Diese Datei ist leer: Sie enthält keine Antworten, keinen Plan und keine Ausgangspunkte. Wenn Sie sie öffnen, wird Ihre aktuelle Arbeit ({ $current }) durch einen leeren CheckUp ersetzt. Dieser Browser kann Ihre aktuelle Arbeit nicht aufbewahren: „Rückgängig machen“ stellt sie nur wieder her, solange Sie diese Seite nicht schließen. Speichern Sie sie zuerst als Datei, wenn Sie sie noch brauchen könnten.
count-answers = Antworten: { $n }
count-plan = Maßnahmen mit Ihren Notizen: { $n }
count-baselines = Ausgangspunkte: { $n }
backup-kept = Die Arbeit, die Sie durch das Öffnen einer Datei oder einen Neubeginn ersetzt haben, ist noch erhalten ({ $what }). Sie können sie wiederherstellen.
keep-new-work = Neue Antworten behalten
cleared-elsewhere = Alle Daten wurden in einem anderen Tab gelöscht. Diese Seite zeigt jetzt ebenfalls einen leeren CheckUp und schreibt nichts zurück.
newer-format = Die Daten in diesem Browser wurden von einer neueren Version des CheckUp gespeichert (Format { $version }).
newer-packs = Diese Antworten gehören zu neueren Fragen, als diese Version des CheckUp hat: { $packs }.
newer-not-written = Diese Version zeigt sie an, speichert aber keine Änderungen, damit nichts von der neueren Version verloren geht. Laden Sie die Seite neu, um die neue Version zu erhalten, oder speichern Sie eine Kopie als Datei.
save-copy = Kopie speichern
newer-go-on-text = Steht Ihnen keine neuere Version des CheckUp zur Verfügung, machen Sie in dieser weiter: Diese Version legt die Antworten auf Fragen, die sie nicht kennt, in Ihren Daten beiseite, damit eine neuere Version sie wiederfindet. Speichern Sie vorher eine Kopie, um die Daten unverändert zu behalten.
newer-go-on = In dieser Version weitermachen
newer-adopted = Sie machen in dieser Version weiter. Antworten auf Fragen, die sie nicht kennt, bleiben beiseitegelegt.
frame-restricted = Der CheckUp läuft hier in einem Rahmen, der nicht alles erlaubt:
frame-no-storage = Ihre Antworten werden nicht in diesem Browser gespeichert: Speichern Sie sie als Datei, bevor Sie die Seite schließen;
frame-no-offline = ohne Internetverbindung funktioniert der CheckUp hier nicht;
frame-no-downloads = das Speichern von Dateien (Datei, Tabelle, PDF) wird hier meist blockiert.
frame-own-tab = Öffnen Sie den CheckUp in einem eigenen Tab, um alles zu nutzen:
frame-partitioned = Der CheckUp wird hier auf der Seite einer anderen Website angezeigt. Ihr Browser speichert die Antworten, die Sie hier geben, nur für diese Website: Wenn Sie den CheckUp direkt öffnen, sehen Sie sie nicht. Speichern Sie eine Datei, um sie mitzunehmen.
download-may-be-blocked = Der CheckUp läuft hier in einem Rahmen, der Downloads meist blockiert. Wenn keine Datei erschienen ist, hat der Download nicht stattgefunden: Öffnen Sie den CheckUp in einem eigenen Tab, um Dateien zu speichern ({ $url }).
export-too-large = Diese Datei wird { $size } MB groß, mehr als der CheckUp wieder öffnen kann (höchstens { $max } MB). Entfernen Sie zuerst lange Notizen oder alte Ausgangspunkte, oder speichern Sie sie trotzdem.
save-anyway = Trotzdem speichern
pdf-retry = Erneut versuchen
pdf-module-failed = Das PDF-Modul konnte nicht geladen werden oder ist abgestürzt. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut, oder drucken Sie die Seite.
pdf-may-be-blocked = Der PDF-Bericht ist fertig, aber dieser Rahmen blockiert Downloads meist: Wenn keine Datei erschienen ist, öffnen Sie den CheckUp in einem eigenen Tab.
boot-failed = Der CheckUp konnte hier nicht starten: Die umgebende Seite oder das Netzwerk hat einen Teil seiner Dateien blockiert. Öffnen Sie den CheckUp in einem eigenen Tab:
import-no-version = Diese CheckUp-Datei nennt keine Version (das Feld „version“ fehlt) und kann deshalb nicht sicher gelesen werden. Dateien, die der CheckUp speichert, enthalten "version": 1. Ihre aktuellen Antworten bleiben unverändert.
import-bad-version = Die Version dieser CheckUp-Datei muss eine Zahl sein, etwa 1, ist aber { $found }. Ihre aktuellen Antworten bleiben unverändert.
asked-again-split = Erneut gefragt, weil die Frage aufgeteilt oder geändert wurde: { $questions }.
asked-again-choices = Erneut gefragt, weil sich die Antwortmöglichkeiten geändert haben: { $questions }.
asked-again-not-an-option = Erneut gefragt, weil die frühere Antwort keine der Möglichkeiten mehr ist: { $questions }.
kept-aside-removed = Beiseitegelegte Antworten, weil diese Version die Frage nicht mehr stellt (sie bleiben in Ihren Daten und in gespeicherten Dateien): { $count }.
answers-back = Früher beiseitegelegte Antworten passen wieder und sind zurück: { $questions }.
pack-version-here = { $pack } { $file } (diese Version: { $ours })
newer-questions = Diese Daten stammen aus einer neueren Version der Fragen, als dieser CheckUp hat: { $packs }. Antworten auf Fragen, die diese Version nicht kennt, bleiben beiseitegelegt und gehen nicht verloren.
unreadable-pack-version = Die Datei nennt eine Version der Fragen, die dieser CheckUp nicht lesen kann ({ $packs }); die Antworten wurden an den Fragen dieser Version geprüft.
unknown-fields-kept = Die Datei enthält Felder, die diese Version nicht kennt; sie bleiben unverändert erhalten: { $fields }.
import-bad-dates = Fälligkeitsdaten, die es nicht gibt, stehen jetzt in der Notiz ihrer Maßnahme: { $dates }.
due-kept-in-note = Fälligkeitsdatum aus der Datei, das es nicht gibt: { $date }
date-format = „{ $text }“ ist kein Datum. Schreiben Sie ein Datum als JJJJ-MM-TT, zum Beispiel 2026-12-31.
date-no-such-month = Den { $date } gibt es nicht: Der Monat muss zwischen 01 und 12 liegen.
date-no-such-day = Den { $date } gibt es nicht: { $month } hat { $days } Tage.
date-incomplete = Dieses Datum gibt es nicht oder es ist unvollständig. Das bisherige Fälligkeitsdatum bleibt erhalten, bis Sie ein gültiges Datum wählen.
date-incomplete-none = Dieses Datum gibt es nicht oder es ist unvollständig: Es wird nicht gespeichert. Wählen Sie ein gültiges Datum.
date-not-saved = Das bisherige Fälligkeitsdatum bleibt erhalten, bis Sie ein gültiges Datum wählen.

### The results and plan pages: horizons, delegation, downloads.

filter-role = Rolle
filter-person = Zuständige Person
assign-all = Alle einer Person übertragen
assign-name = Name der Person
assign-do = Übertragen
assigned = { $count ->
        [one] { $count } Maßnahme liegt jetzt bei { $name }.
       *[other] { $count } Maßnahmen liegen jetzt bei { $name }.
    }
only-selection = Nur die angezeigten Maßnahmen ({ $count ->
        [one] { $count } Maßnahme
       *[other] { $count } Maßnahmen
    })
download-pdf-full = Vollständiger Bericht (PDF)
download-ask = Die Fragen herunterladen (Textdatei)
download-ask-note = Eine einfache Textdatei: Hängen Sie sie an eine E-Mail an, oder kopieren Sie sie hinein.
ask-none = Es gibt nichts zu fragen: Sie haben keine Frage mit „Weiß ich nicht“ beantwortet.
show-steps = Schritte und Einzelheiten
plan-it = Planen: wer, wann, Status
save-file-note = Bewahren Sie diese Datei auf: Sie können sie später hier öffnen und dort weitermachen, wo Sie aufgehört haben.
week-empty = Für diese Woche ist nichts geplant: Beginnen Sie mit den Maßnahmen dieses Monats in Ihrem Plan.
scores-title = Ihre Werte
more-details = Mehr dazu
more-downloads = Vollständiger Bericht, speichern, drucken
and-more = und { $count } weitere
