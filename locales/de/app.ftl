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
plan-intro = Die wichtigsten Maßnahmen stehen oben. Tragen Sie ein, wer was bis wann erledigt: Alles wird sofort in Ihrem Browser gespeichert.
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
confirm-replace = Diese Datei ersetzt Ihre aktuellen Antworten. Ihre bisherige Arbeit bleibt erhalten: Sie können sie danach wiederherstellen.
replace = Ersetzen
cancel = Abbrechen
imported = Datei geladen: { $answers ->
        [one] { $answers } Antwort
       *[other] { $answers } Antworten
    }.
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
footer-disclaimer = Unabhängige Selbstbewertung. Kein Audit und keine Zertifizierung; nicht vom ZCB oder von der Datenschutzbehörde anerkannt.
footer-about = Bewertung, Quellen und Datenschutz
your-data = Ihre Daten
your-data-intro = Ihre Antworten liegen nur in diesem Browser. Der Browser kann sie entfernen (etwa wenn die Browserdaten gelöscht werden): Speichern Sie deshalb ab und zu eine Datei.
history-title = Fortschritt im Zeitverlauf
history-intro = Eine Runde abgeschlossen? Speichern Sie sie als Ausgangspunkt. In der nächsten Runde sehen Sie je Bereich, was sich geändert hat und welche Maßnahmen seitdem erledigt sind.
baseline-name = Name (optional)
save-baseline = Als Ausgangspunkt speichern
baseline-saved = Ausgangspunkt gespeichert.
clear-title = Alles löschen
clear-intro = Löscht alle Ihre Antworten, Ihren Plan und Ihre Ausgangspunkte aus diesem Browser. Speichern Sie zuerst eine Datei, wenn Sie sie behalten möchten.
clear-button = Alles löschen
confirm-clear = Sind Sie sicher? { $answers ->
        [0] Ihr Plan und Ihre Ausgangspunkte werden aus diesem Browser gelöscht.
        [one] { $answers } Antwort, Ihr Plan und Ihre Ausgangspunkte werden aus diesem Browser gelöscht.
       *[other] { $answers } Antworten, Ihr Plan und Ihre Ausgangspunkte werden aus diesem Browser gelöscht.
    }
cleared = Alles wurde aus diesem Browser gelöscht.
import-too-large = Diese Datei ist zu groß ({ $size } MB) für eine CheckUp-Datei. Wählen Sie die Datei, die Sie aus dem CheckUp gespeichert haben.
import-not-json = Diese Datei ist beschädigt oder unvollständig (Fehler in Zeile { $line }, Spalte { $column }). Ihre aktuellen Antworten bleiben unverändert.
import-not-assessment = Das ist keine CheckUp-Datei. Wählen Sie eine Datei, die Sie mit „Als Datei speichern“ erstellt haben.
import-future = Diese Datei stammt aus einer neueren Version des CheckUp (Format { $version }). Öffnen Sie sie in der neuesten Version.
import-invalid = Diese CheckUp-Datei enthält ungültige Daten und kann nicht geladen werden ({ $detail }). Ihre aktuellen Antworten bleiben unverändert.
