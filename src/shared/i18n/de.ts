import type { MessageKey } from './en';

/**
 * Der deutsche Katalog: dieselben Schlüssel wie en.ts (der Typ erzwingt es), Begriffe wie in Exchange.
 * Sie-Form, deutsche Anführungszeichen „…“, Zahlen vor Substantiven als ICU-Plural.
 * Begriffe (test/shared/german-terms.test.ts hält sie ein):
 * - E-Mail, E-Mails (nie „Mail(s)“), E-Mail-Adresse, E-Mail-Konto
 * - E-Mail-Verarbeitung: der Produktbereich (nicht Dokumenten- oder Belegverarbeitung)
 * - Posteingang (INBOX); Postfach, freigegebenes Postfach; Ordner
 * - Kennwort (nicht Passwort), Passphrase; Benutzername; Server; Port; Verschlüsselung; Konto, Konten
 * - Anmeldung, anmelden (sign in); Bezeichnung (identification); Verbindung testen; Speichern
 * - Zertifikat; Zusammensetzungen immer mit Fugen-s: Zertifikatskette, Zertifikatsspeicher,
 *   Zertifikatsprüfung, Zertifikatsdatei; Zertifizierungsstelle (CA); Fingerabdruck
 * - „von diesem Computer als vertrauenswürdig eingestuft“ (trusted by this computer)
 * - bleibt erhalten (is kept), bleibt unverändert (is left untouched)
 * - USB-Stick (stick); Einstellungsdatei; Datenordner; Diagnose; Testbericht
 * - Schritte des Tests: DNS, TCP, TLS, Begrüßung, STARTTLS, Anmeldung, Postfach, Abmeldung
 */
export const de: Readonly<Record<MessageKey, string>> = {
  // zod's own checks, in our words (a stored or imported value of the wrong kind)
  'schema.invalid': 'ungültig',
  'schema.invalidType': 'muss {expected} sein',
  'schema.invalidValue': 'muss einer dieser Werte sein: {values}',
  'schema.invalidFormat': 'nicht im erwarteten Format',
  'schema.unknownKeys': 'unbekannte Felder: {keys}',
  'schema.length.tooBig': 'länger als {limit, plural, one {# Zeichen} other {# Zeichen}}',
  'schema.length.tooSmall': 'kürzer als {limit, plural, one {# Zeichen} other {# Zeichen}}',
  'schema.entries.tooBig': 'mehr als {limit, plural, one {# Eintrag} other {# Einträge}}',
  'schema.entries.tooSmall': 'weniger als {limit, plural, one {# Eintrag} other {# Einträge}}',
  'schema.number.tooBig': 'größer als {limit}',
  'schema.number.tooSmall': 'kleiner als {limit}',
  'schema.type.string': 'Text',
  'schema.type.number': 'eine Zahl',
  'schema.type.boolean': 'Ja oder Nein (true/false)',
  'schema.type.object': 'ein Objekt',
  'schema.type.array': 'eine Liste',
  'validation.accountId': 'Dies ist keine gültige Konto-ID.',
  'validation.server.tooLong': 'Der Servername ist zu lang.',
  'validation.server.empty': 'Geben Sie den Server ein: einen Hostnamen, eine IPv4- oder eine IPv6-Adresse.',
  'validation.server.control': 'Der Servername darf keine Steuerzeichen enthalten.',
  'validation.server.spaces': 'Der Servername darf keine Leerzeichen enthalten.',
  'validation.server.scheme': 'Geben Sie nur den Hostnamen ein, ohne Schema wie imap:// oder https://.',
  'validation.server.path': 'Geben Sie nur den Hostnamen ein, ohne Pfad.',
  'validation.server.brackets': 'Geben Sie IPv6-Adressen ohne eckige Klammern ein.',
  'validation.server.at': 'Geben Sie hier den Server ein; für den Benutzernamen gibt es ein eigenes Feld.',
  'validation.server.port': 'Geben Sie den Port im Feld „Port“ ein, nicht hinter dem Servernamen.',
  'validation.server.ipv6': 'Dies ist keine gültige IPv6-Adresse.',
  'validation.server.ipv4': 'Dies ist keine gültige IPv4-Adresse.',
  'validation.server.hostTooLong': 'Der Hostname ist länger als 253 Zeichen.',
  'validation.server.hostName':
    'Dies ist kein gültiger Hostname: Verwenden Sie Buchstaben, Ziffern und Bindestriche, getrennt durch Punkte.',
  // Issue 16: die Felder der App-Registrierung (src/shared/app-registration.ts).
  'validation.tenant.empty':
    'Geben Sie den Mandanten ein: seine ID (eine GUID) oder eine seiner Domänen, z. B. contoso.onmicrosoft.com.',
  'validation.tenant.invalid': 'Das ist weder eine Mandanten-ID (GUID) noch eine Domäne wie contoso.onmicrosoft.com.',
  'validation.clientId.empty': 'Geben Sie die Anwendungs-ID (Client-ID) der App-Registrierung ein.',
  'validation.clientId.invalid':
    'Die Anwendungs-ID (Client-ID) ist eine GUID, z. B. 00001111-aaaa-2222-bbbb-3333cccc4444; sie steht auf der Übersichtsseite der App-Registrierung.',
  'validation.authorityHost.empty': 'Geben Sie den Anmeldehost ein, z. B. login.microsoftonline.com.',
  'validation.authorityHost.invalid':
    'Geben Sie nur den Anmeldehost ein, z. B. login.microsoftonline.com, ohne https:// und ohne Pfad.',
  'validation.clientCredential.empty':
    'Wählen Sie, womit sich die App ausweist: mit einem geheimen Clientschlüssel oder mit einem Zertifikat.',
  'validation.mailbox.address':
    'Geben Sie das Postfach als Adresse ein, z. B. rechnungen@contoso.com: Unter diesem Namen meldet sich die App am Postfach an.',
  'validation.alias.appRegistration':
    'Ein Alias für ein freigegebenes Postfach gilt nur für die Anmeldung mit Kennwort: Geben Sie stattdessen die Adresse des freigegebenen Postfachs als Postfach ein.',
  'validation.encryption.appRegistration':
    'Microsoft 365 nimmt Token nur über eine verschlüsselte Verbindung an: Wählen Sie SSL oder TLS.',
  'validation.port.range': 'Geben Sie einen Port zwischen 1 und 65535 ein.',
  'validation.port.whole': 'Der Port muss eine ganze Zahl zwischen 1 und 65535 sein.',
  'validation.port.integer': 'Der Port muss eine ganze Zahl sein.',
  'validation.encryption': 'Wählen Sie eine Verschlüsselung.',
  'validation.connectionName.empty': 'Geben Sie einen Verbindungsnamen ein, z. B. „Rechnungen – Zentrale“.',
  'validation.connectionName.tooLong': 'Der Verbindungsname ist länger als {max} Zeichen.',
  'validation.connectionName.taken': 'Ein anderes Konto hat bereits diesen Verbindungsnamen.',
  'validation.emailAddress.empty': 'Geben Sie die E-Mail-Adresse des Postfachs ein.',
  'validation.emailAddress.invalid': 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. rechnungen@example.com.',
  'validation.userName.empty':
    'Geben Sie die Anmeldung des Postfachs ein, z. B. rechnungen@contoso.local oder CONTOSO\\rechnungen.',
  'validation.userName.tooLong': 'Der Benutzername ist länger als 256 Zeichen.',
  'validation.control': '{field} darf keine Zeilenumbrüche oder NUL-Zeichen enthalten.',
  'validation.field.connectionName': 'Der Verbindungsname',
  'validation.field.userName': 'Der Benutzername',
  'validation.field.sharedMailboxAlias': 'Der Alias des freigegebenen Postfachs',
  'validation.field.password': 'Das Kennwort',
  'validation.password.tooLong': 'Das Kennwort ist länger als {max} Zeichen.',
  'validation.field.successFolder': 'Der Ordner für verarbeitete E-Mails',
  'validation.field.failedFolder': 'Der Ordner für fehlgeschlagene E-Mails',
  'validation.folder.empty': 'Geben Sie den Ordnernamen ein, z. B. SuccessProcessing.',
  'validation.folder.tooLong': 'Der Ordnername ist länger als {max} Zeichen.',
  'validation.folder.wildcard': 'Ein Ordnername darf weder * noch % enthalten: IMAP liest sie als Platzhalter.',
  'validation.folder.inbox':
    'Aus dem Posteingang (INBOX) wird gelesen: Wählen Sie einen anderen Ordner, in den die E-Mails verschoben werden.',
  'validation.folder.same': 'Verarbeitete und fehlgeschlagene E-Mails brauchen zwei verschiedene Ordner.',
  'validation.alias.tooLong': 'Der Alias ist länger als 64 Zeichen.',
  'validation.alias.characters':
    'Geben Sie nur den Alias des freigegebenen Postfachs ein, ohne \\, /, @ oder Leerzeichen (z. B. rechnungen).',
  'validation.alias.twice':
    'Der Benutzername endet bereits auf den Alias eines freigegebenen Postfachs: Geben Sie den Alias hier oder im Benutzernamen an, nicht in beiden.',
  'validation.insecure':
    'Bestätigen Sie, dass das Kennwort unverschlüsselt übertragen wird, oder wählen Sie SSL, TLS oder STARTTLS.',
  'validation.fingerprint': 'Geben Sie einen SHA-256-Fingerabdruck ein: 64 Hexadezimalziffern, z. B. AB:CD:…',
  'validation.caFile.tooLarge': 'Die CA-Datei ist größer als {max} KiB.',
  'validation.caFile.noPem': 'Die CA-Datei enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).',
  'validation.summary': 'Einige Felder müssen korrigiert werden.',
  'warning.port.implicitOn143':
    'Port 143 erwartet meist einen unverschlüsselten Verbindungsaufbau: SSL/TLS schlägt dort fehl. Verwenden Sie STARTTLS oder Port 993.',
  'warning.port.plainOn993': 'Port 993 erwartet TLS ab dem ersten Byte: Wählen Sie SSL oder TLS, oder Port 143.',
  'warning.unencrypted': 'Unverschlüsselt: Kennwort und alle E-Mails können im Netzwerk mitgelesen werden.',

  'encryption.ssl.label': 'SSL',
  'encryption.ssl.description': 'TLS ab dem ersten Byte; akzeptiert auch ältere Server mit TLS 1.0/1.1.',
  'encryption.tls.label': 'TLS',
  'encryption.tls.description': 'TLS ab dem ersten Byte; nur TLS 1.2 oder neuer.',
  'encryption.starttls.label': 'STARTTLS',
  'encryption.starttls.description':
    'Unverschlüsselter Verbindungsaufbau, dann zwingend Umstellung auf TLS vor der Anmeldung; schlägt fehl, wenn der Server STARTTLS nicht anbietet.',
  'encryption.none.label': 'Keine',
  'encryption.none.description':
    'Nie verschlüsselt: Benutzername, Kennwort und E-Mails werden im Klartext übertragen; STARTTLS wird nicht verwendet, auch wenn der Server es anbietet.',
  'encryption.notls.label': 'Kein TLS',
  'encryption.notls.description':
    'Nie verschlüsselt, wie „Keine“: Bei „Kein TLS“ wird nie auf TLS umgestellt, auch wenn der Server STARTTLS anbietet.',

  'accounts.notFound': 'Es gibt kein Konto mit der ID {id}; es wurde vielleicht gelöscht.',
  'accounts.savedWithoutPassword': 'Das Konto wurde ohne Kennwort gespeichert: {reason}',
  'accounts.writeFailed':
    'Die Einstellungen konnten nicht geschrieben werden: {reason}. Ihre Änderungen sind noch im Formular; speichern Sie erneut.',
  'accounts.copySuffix': 'Kopie',
  'accounts.lastTest.ok':
    'Angemeldet; der Posteingang (INBOX) enthält {messages, plural, one {# Nachricht} other {# Nachrichten}}.',
  'accounts.lastTest.notReady': 'Nicht bereit für die E-Mail-Verarbeitung: {folders}.',
  'accounts.lastTest.failed': 'Fehlgeschlagen.',
  'password.bindingChanged':
    'Geben Sie das Kennwort erneut ein: Server, Port, Benutzername, Verschlüsselung oder Zertifikatsprüfung (SSL validieren, vertrauenswürdiges Zertifikat, CA-Zertifikat) wurden seit dem Speichern geändert.',
  'password.outdatedFormat':
    'Geben Sie das Kennwort erneut ein: Es wurde von einer früheren Version von Mailbox Connect gespeichert, die es noch nicht gegen Änderungen an der Einstellungsdatei geschützt hat.',
  'password.undecryptable':
    'Geben Sie das Kennwort erneut ein: Das gespeicherte kann auf diesem Computer oder von diesem Windows-Benutzer nicht entschlüsselt werden.',
  'password.missing': 'Geben Sie das Kennwort ein.',
  'cipher.unavailable': 'Dieser Computer bietet keine Verschlüsselung für gespeicherte Kennwörter.',
  'cipher.basicText':
    'Es läuft kein Schlüsselbund (GNOME Keyring oder KWallet); ein Kennwort könnte daher nur im Klartext gespeichert werden.',
  'cipher.commandLine':
    'Die Befehlszeile kann den geschützten Speicher, den Windows für die App führt, nicht verwenden; importieren Sie die Datei in der App, um die Kennwörter zu behalten.',

  // Portable Kennwörter (die Passphrase eines Sticks)
  'password.locked':
    'Das gespeicherte Kennwort ist gesperrt: Geben Sie die portable Passphrase ein, um die Kennwörter auf diesem USB-Stick zu entsperren.',
  'portable.notSet.reason':
    'Für diesen USB-Stick ist noch keine portable Passphrase festgelegt: Legen Sie eine fest, um darauf Kennwörter zu speichern.',
  'portable.locked.reason':
    'Die Kennwörter auf diesem USB-Stick sind gesperrt: Geben Sie zuerst die portable Passphrase ein.',
  'portable.notPortable':
    'Dies ist die installierte App: Kennwörter werden für diesen Computer und Windows-Benutzer verschlüsselt; eine portable Passphrase gibt es nicht.',
  'portable.passphrase.empty': 'Geben Sie die portable Passphrase ein.',
  'portable.passphrase.tooShort':
    'Verwenden Sie mindestens {min} Zeichen für die portable Passphrase; ein paar Wörter lassen sich leicht merken.',
  'portable.passphrase.tooLong': 'Die Passphrase ist länger als {max} Zeichen.',
  'portable.alreadySet':
    'Dieser USB-Stick hat bereits eine portable Passphrase: Geben Sie sie zum Entsperren ein oder ändern Sie sie.',
  'portable.notSet': 'Dieser USB-Stick hat noch keine portable Passphrase: Legen Sie zuerst eine fest.',
  'portable.wrongPassphrase': 'Die Passphrase ist falsch. Es wurde nichts geändert.',
  'portable.writeFailed':
    'Die Schlüsseldatei {file} konnte nicht geschrieben werden ({reason}). Es wurde nichts geändert.',
  'portable.changeFailed':
    'Die Passphrase wurde nicht geändert: Die Kennwörter konnten nicht neu verschlüsselt werden ({reason}). Die alte Passphrase gilt weiter.',
  'portable.forgetFailed':
    'Der auf diesem Computer gespeicherte Schlüssel ({file}) konnte nicht entfernt werden ({reason}).',
  'portable.rememberFailed':
    'Entsperrt, aber der Schlüssel konnte auf diesem Computer nicht gespeichert werden: {reason}',
  'portable.keyring.damaged':
    'Die Schlüsseldatei {file} ist nicht verwendbar: {problem}. Sie bleibt unverändert; die gespeicherten Kennwörter bleiben gesperrt, bis sie wiederhergestellt ist.',
  'portable.keyring.unreadable': 'Sie kann nicht gelesen werden ({code})',
  'portable.keyring.tooLarge': 'Sie ist {bytes} Byte groß, weit mehr als eine Schlüsseldatei',
  'portable.keyring.notJson': 'Sie ist beschädigt (kein JSON)',
  'portable.keyring.invalid': 'Sie ist beschädigt oder keine Schlüsseldatei von Mailbox Connect',
  'portable.keyring.newer': 'Sie wurde von einer neueren Version von Mailbox Connect geschrieben (Version {version})',

  'storage.unreadable':
    'Die Einstellungsdatei {file} kann nicht gelesen werden ({code}). Es wird nichts gespeichert, damit sie nicht überschrieben wird; prüfen Sie die Berechtigungen und starten Sie Mailbox Connect neu.',
  'storage.unreadable.reason': 'Die Einstellungsdatei kann nicht gelesen werden ({code}) und bleibt unverändert',
  'storage.newer':
    'Die Einstellungsdatei {file} stammt von einer neueren Version von Mailbox Connect (Format {version}; diese Version liest bis Format {current}). Sie bleibt unverändert und es kann nichts gespeichert werden: Verwenden Sie die neuere Version oder verschieben Sie die Datei, um neu zu beginnen.',
  'storage.newer.reason':
    'Die Einstellungsdatei gehört zu einer neueren Version von Mailbox Connect und bleibt unverändert',
  'storage.damagedNotMoved':
    'Die Einstellungsdatei {file} ist beschädigt ({problem}) und konnte nicht beiseitegelegt werden ({code}). {count, plural, one {# Konto konnte} other {# Konten konnten}} gelesen werden; bis die Datei verschoben ist, wird nichts gespeichert.',
  'storage.damagedNotMoved.reason':
    'Die beschädigte Einstellungsdatei konnte nicht beiseitegelegt werden ({code}) und bleibt unverändert',
  'storage.recovered':
    'Die Einstellungsdatei war so nicht verwendbar: {problem}. {count, plural, one {# Konto konnte} other {# Konten konnten}} wiederhergestellt werden; das Original bleibt als {keptAs} erhalten.',
  'storage.migrationNoBackup':
    'Die Einstellungsdatei {file} muss in ein neues Format umgestellt werden, aber es konnte keine Kopie angelegt werden ({code}); sie bleibt unverändert und es kann nichts gespeichert werden.',
  'storage.migrationNoBackup.reason':
    'Vor der Umstellung konnte keine Sicherung der Einstellungsdatei angelegt werden ({code}); sie bleibt unverändert',
  'storage.migrated':
    'Die Einstellungen wurden von Format {from} auf {to} umgestellt; die bisherige Datei bleibt als {keptAs} erhalten.',
  'storage.lockLost.title': 'Der Datenordner ist diesem Fenster nicht mehr vorbehalten',
  'storage.lockLost':
    'Während dieses Fenster inaktiv war, hat eine andere Instanz von Mailbox Connect (ein anderer Benutzer oder Computer oder ein Import über die Befehlszeile) den Datenordner {directory} übernommen. Damit deren Änderungen nicht überschrieben werden, speichert dieses Fenster nichts mehr: Schließen Sie es und öffnen Sie den Ordner erneut.',
  'storage.lockLost.reason':
    'Der Datenordner {directory} ist diesem Fenster nicht mehr vorbehalten; schließen Sie dieses Fenster und öffnen Sie den Ordner erneut, um zu speichern',
  'storage.changedElsewhere.title': 'Die Konten wurden von einem anderen Programm geändert',
  'storage.changedElsewhere':
    'Während dieses Fenster inaktiv war, hat eine andere Instanz von Mailbox Connect (ein anderer Benutzer oder Computer oder ein Import über die Befehlszeile) {file} geändert. Damit diese Änderungen nicht überschrieben werden, speichert dieses Fenster nichts mehr: Schließen Sie es und öffnen Sie den Ordner erneut, um sie zu sehen.',
  'storage.changedElsewhere.reason':
    '{file} wurde von einem anderen Programm geändert, während dieses Fenster inaktiv war; schließen Sie dieses Fenster und öffnen Sie den Ordner erneut, um zu speichern',
  'storage.inUse.title': 'Mailbox Connect verwendet diesen Datenordner bereits',
  'storage.inUse':
    'Der Datenordner {directory} wird bereits von einer anderen Instanz von Mailbox Connect verwendet: von der App eines anderen Benutzers oder Computers oder von einem Import über die Befehlszeile. Beenden Sie diese und starten Sie Mailbox Connect dann erneut.',
  'storage.notWritable':
    'Die Einstellungsdatei {file} kann nicht geschrieben werden ({code}). Die Konten werden angezeigt, Änderungen lassen sich aber erst speichern, wenn der Ordner beschreibbar ist.',
  'storage.notWritable.reason': 'Die Einstellungsdatei kann nicht geschrieben werden ({code})',
  'storage.writeFailed.reason': 'Die Einstellungsdatei {file} konnte nicht geschrieben werden ({code})',
  'storage.problem.empty': 'die Datei ist leer',
  'storage.problem.notJson': 'die Datei ist kein gültiges JSON, vermutlich abgeschnitten ({reason})',
  'storage.problem.notObject': 'die Datei enthält kein Einstellungsobjekt',
  'storage.problem.noVersion': 'die Datei hat keine gültige Formatversion',
  'storage.problem.migration': 'die Datei im Format {version} konnte nicht umgestellt werden: {reason}',
  'storage.problem.noList': 'die Datei enthält keine Kontenliste',
  'storage.problem.bom':
    'die Datei beginnt mit einer Bytereihenfolge-Markierung (BOM), wie sie manche Editoren (z. B. der Windows-Editor) schreiben',
  'storage.problem.dropped':
    '{dropped} von {total, plural, one {# Konto} other {# Konten}} {dropped, plural, one {war ungültig und wurde} other {waren ungültig und wurden}} ausgelassen ({details})',
  'storage.problem.more': 'und {count} weitere',
  'storage.problem.account': 'Konto {position}{name}',
  'storage.problem.sameId': 'dieselbe ID wie ein früheres Konto',
  'storage.portableUnwritable':
    'Die Einstellungen können nicht neben dem Programm gespeichert werden ({directory}: {reason}); sie werden stattdessen in Ihrem Benutzerprofil gespeichert.',
  'storage.portableReadOnly':
    'Dieser USB-Stick ist schreibgeschützt ({directory}: {code}): Seine Konten werden angezeigt, aber nichts kann gespeichert werden, bis der Schreibschutz aufgehoben und Mailbox Connect neu gestartet ist.',
  'storage.portableReadOnly.reason':
    'Der USB-Stick ist schreibgeschützt ({directory}: {code}); heben Sie den Schreibschutz auf und starten Sie Mailbox Connect neu, um zu speichern',
  'storage.readOnlyDamaged':
    'Die Einstellungsdatei {file} ist beschädigt ({problem}). {count, plural, one {# Konto konnte gelesen werden und wird} other {# Konten konnten gelesen werden und werden}} angezeigt; die Datei bleibt unverändert.',
  'storage.readOnlyMigrated':
    'Die Einstellungsdatei {file} hat das ältere Format {from}: Die Konten werden im neuen Format angezeigt, die Datei bleibt unverändert.',
  'storage.portableIdReplaced':
    'Die Kennungsdatei {file} dieser portablen Kopie war nicht verwendbar ({reason}) und wurde durch eine neue ersetzt. Dieser Computer führt für jede portable Kopie ein eigenes Profil; Kennwörter, die mit dieser Kopie zuvor auf diesem Computer gespeichert wurden, müssen daher erneut eingegeben werden.',
  'storage.portableIdReplaced.notAnId': 'sie enthält keine gültige Kennung',
  'storage.portableIdUnsaved':
    'Die Kennungsdatei {file} dieser portablen Kopie konnte nicht geschrieben werden ({code}). Kennwörter, die Sie in dieser Sitzung speichern, müssen beim nächsten Start auf diesem Computer möglicherweise erneut eingegeben werden.',

  'stage.tcp.connected': '{remote} von {local}',
  'stage.invalidSettings': 'nicht gestartet: die Einstellungen sind ungültig',
  'stage.dns.ipAddress': 'IP-Adresse, keine Namensauflösung nötig',
  'stage.tls.starttlsLater': 'TLS beginnt nach der Begrüßung (STARTTLS)',
  'stage.tls.unencrypted': 'unverschlüsselte Option',
  'stage.starttls.noTls': 'nie verwendet: die Option ist unverschlüsselt',
  'stage.auth.plaintextNotConfirmed':
    'nicht angemeldet: Das Kennwort würde unverschlüsselt übertragen, ohne dass dies bestätigt wurde',
  'stage.auth.noUser': 'kein Benutzername angegeben: nach der Begrüßung beendet',
  'stage.starttls.notUsed': 'nicht verwendet',
  'stage.mailbox.needsLogin': 'erfordert eine Anmeldung',
  'stage.logout.notLoggedIn': 'nicht angemeldet',
  'stage.starttls.implicit': 'TLS ab dem ersten Byte',
  'stage.starttls.notOffered': 'vom Server nicht angeboten',
  'stage.auth.signedIn': 'angemeldet als {user}',
  'stage.auth.preauth': 'der Server hat die Sitzung vorab authentifiziert (PREAUTH)',
  'stage.mailbox.notReady': 'nicht bereit: {folders}',
  'stage.mailbox.summary':
    '{folders, plural, one {# Ordner} other {# Ordner}}; Posteingang (INBOX): {messages, plural, one {# Nachricht} other {# Nachrichten}}, {unseen} ungelesen',
  'stage.tls.notValidated': 'Zertifikat nicht geprüft',
  'stage.tls.legacyUnavailable': 'TLS 1.0/1.1 ist in dieser Laufzeitumgebung nicht verfügbar',
  'stage.tls.legacyCiphersUnavailable':
    'alte TLS-Verschlüsselungsverfahren sind in dieser Laufzeitumgebung nicht verfügbar; TLS 1.0/1.1 nur mit den Standardverfahren',
  // Die Schritte des Tests, wie sie in Liste und Meldungen erscheinen (ohne Artikel: „Schritt: Anmeldung“)

  'failure.invalid.hint': 'Korrigieren Sie die Einstellungen; es wurde nichts ins Netzwerk gesendet.',
  'failure.invalid.server': 'Server: {problem}',
  'failure.invalid.port': 'Port {port} ist keine ganze Zahl zwischen 1 und 65535.',
  'failure.invalid.encryption': 'Unbekannte Verschlüsselung „{encryption}“.',
  'failure.invalid.control': 'Benutzername und Kennwort dürfen keine Zeilenumbrüche oder NUL-Zeichen enthalten.',
  'failure.invalid.caFile': 'Die CA-Datei kann nicht als PEM-Zertifikat gelesen werden.',
  'failure.invalid.timeout': 'Das Zeitlimit muss positiv sein, nicht {timeout} ms.',
  'failure.plaintextNotConfirmed.message':
    'Die Anmeldung (Benutzername und Kennwort) würde unverschlüsselt übertragen ({encryption}), ohne dass dies bestätigt wurde: Der Test wurde nicht gestartet, es wurde nichts gesendet.',
  'failure.plaintextNotConfirmed.hint':
    'Wählen Sie SSL, TLS oder STARTTLS, oder bestätigen Sie, dass das Kennwort unverschlüsselt übertragen werden darf.',
  'failure.dnsNoServer.message':
    'Der Name {server} konnte nicht aufgelöst werden: Kein DNS-Server hat geantwortet ({code}).',
  'failure.dnsNoServer.hint':
    'Dieser Computer ist vielleicht offline oder nicht im Firmennetz: Stellen Sie die VPN- oder Netzwerkverbindung her, oder geben Sie die IP-Adresse ein.',
  'failure.dnsNotFound.message': 'Den Namen {server} gibt es im DNS nicht.',
  'failure.dnsNotFound.hint':
    'Prüfen Sie die Schreibweise; verwenden Sie im internen Netz den Namen, den Ihr DNS kennt (FQDN), oder die IP-Adresse.',
  'failure.refused.message': '{where} hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts.',
  'failure.refused993.hint':
    'Starten Sie auf dem Exchange-Server die Dienste „Microsoft Exchange IMAP4“ und „IMAP4-Back-End“ (Set-Service MSExchangeIMAP4 -StartupType Automatic) und prüfen Sie die Firewall.',
  'failure.refused.hint':
    'Prüfen Sie den Port; IMAP ist üblicherweise 993 (SSL/TLS) oder 143 (STARTTLS), und der IMAP4-Dienst muss gestartet sein.',
  'failure.unreachable.message': '{server} ist von diesem Computer aus nicht erreichbar ({code}).',
  'failure.unreachable.hint': 'Prüfen Sie die Netzwerkverbindung, das VPN und das Routing zum Mailserver.',
  'failure.timeout.message': '{where} hat nicht rechtzeitig geantwortet.',
  'failure.timeout.hint':
    'Eine Firewall verwirft die Verbindung vielleicht stillschweigend: Prüfen Sie, ob der Port zwischen diesem Computer und dem Server offen ist.',
  'failure.deadline.message': 'Keine Antwort von {where} innerhalb von {seconds} s (während {stage}).',
  'failure.deadline.hint':
    'Eine Firewall verwirft die Verbindung vielleicht stillschweigend, oder der Server hängt: Prüfen Sie, ob der Port offen ist und der IMAP-Dienst antwortet.',
  'failure.greetingTimeout.message': '{where} hat die Verbindung angenommen, aber keine IMAP-Begrüßung gesendet.',
  'failure.greetingTimeoutTls.hint': 'Hier lauscht vielleicht etwas anderes als IMAP, oder der Server ist überlastet.',
  'failure.greetingTimeoutPlain.hint':
    'Erwartet dieser Port TLS ab dem ersten Byte (meist 993), passen Option und Port nicht zusammen: Wählen Sie dort SSL oder TLS.',
  'failure.loginDisabled.message':
    'Der Server erlaubt keine Anmeldung über eine unverschlüsselte Verbindung (LOGINDISABLED); es wurde kein Kennwort gesendet.',
  'failure.loginDisabled.hint': 'Verwenden Sie STARTTLS auf Port 143 oder SSL auf Port 993.',
  'failure.authFailed.message': 'Der Server hat Benutzername oder Kennwort abgelehnt.',
  'failure.authFailed.hint':
    'Exchange akzeptiert benutzer@domäne (UPN), DOMÄNE\\benutzer und DOMÄNE\\benutzer\\freigegebenesPostfach für ein freigegebenes Postfach. Prüfen Sie das Kennwort, ob IMAP für das Postfach aktiviert ist (Set-CASMailbox -ImapEnabled $true) und ob das Konto gesperrt ist.',
  'failure.starttlsRefused.message':
    '{where} bietet STARTTLS an, hat die Umstellung aber abgelehnt; es wurde kein Kennwort gesendet.',
  'failure.starttlsRefused.hint':
    'Der Server konnte TLS nicht starten, oft weil ihm ein gültiges Zertifikat für IMAP fehlt: Weisen Sie unter Exchange eines zu (Set-ImapSettings -X509CertificateName) und starten Sie die IMAP4-Dienste neu, oder wählen Sie SSL auf Port 993.',
  'failure.starttlsMissing.message': '{where} bietet kein STARTTLS an, daher wurde kein Kennwort gesendet.',
  'failure.starttlsMissing.hint':
    'Wählen Sie SSL auf Port 993, oder aktivieren Sie STARTTLS (ein X.509-Zertifikat für IMAP) auf dem Server.',
  'failure.notEncrypted.message': 'Die Verbindung ist nicht verschlüsselt, daher wurde das Kennwort nicht gesendet.',
  'failure.notEncrypted.hint': 'Wählen Sie SSL auf Port 993 oder STARTTLS auf einem Server, der es anbietet.',
  'failure.tlsWrongPort.message':
    'Der TLS-Handshake mit {where} ist fehlgeschlagen: Der Port spricht kein TLS ab dem ersten Byte.',
  'failure.tlsWrongPort.hint':
    'Option und Port passen nicht zusammen: STARTTLS (oder „Keine“) auf Port 143, SSL oder TLS auf Port 993.',
  'failure.tlsHandshake.message': 'Der TLS-Handshake mit {where} ist fehlgeschlagen ({code}).',
  'failure.tlsHandshake.hint':
    'Der Server bietet vielleicht nur alte TLS-Versionen an: Versuchen Sie SSL statt TLS, oder aktivieren Sie TLS 1.2 auf dem Server.',
  'failure.closedBeforeGreeting.message': '{where} hat die Verbindung vor der Begrüßung geschlossen.',
  'failure.closedBeforeGreeting.hint': 'Option und Port passen nicht zusammen: Port 993 erwartet SSL oder TLS.',
  'failure.closed.message': '{where} hat die Verbindung während {stage} geschlossen.',
  'failure.closed.hint':
    'Der Server oder eine Firewall hat die Sitzung beendet: Prüfen Sie das IMAP-Protokoll des Servers und die Verbindungslimits.',
  'failure.mailbox.message': 'Angemeldet, aber das Postfach konnte nicht gelesen werden: {reason}',
  'failure.mailbox.hint':
    'Prüfen Sie, ob das Konto Vollzugriff auf das Postfach hat (Add-MailboxPermission) und ob der Posteingang (INBOX) existiert.',
  'failure.unknown.message': 'Der Test ist während {stage} fehlgeschlagen: {reason}',
  'failure.unknown.hint': 'Kopieren Sie die Diagnose und prüfen Sie das IMAP-Protokoll des Servers.',
  'failure.cancelled.message': 'Der Test wurde abgebrochen.',
  'failure.cancelled.hint': 'Starten Sie den Test erneut, wenn Sie bereit sind.',
  'failure.lineTooLong.message': 'Der Server hat eine Zeile mit mehr als {bytes} Bytes gesendet.',
  'failure.lineTooLong.hint': 'Dieser Port antwortet nicht wie ein IMAP-Server. Prüfen Sie Server und Port.',
  'failure.literalTooLarge.message':
    'Der Server hat ein Literal mit {size} Bytes angekündigt; ein Verbindungstest nimmt höchstens {bytes} Bytes an.',
  'failure.responseTooLarge.message': 'Der Server hat eine einzelne Antwort mit mehr als {bytes} Bytes gesendet.',
  'failure.tooMuchData.message': 'Der Server hat mehr als {bytes} Bytes gesendet; die Verbindung wurde dort beendet.',
  'failure.tooManyLines.message': 'Der Server hat mehr als {lines} Zeilen gesendet; die Verbindung wurde dort beendet.',
  'failure.tooMuchData.hint':
    'Ein Verbindungstest braucht viel weniger: Der Server verhält sich fehlerhaft, oder es ist nicht der Mailserver. Kopieren Sie die Diagnose und prüfen Sie Server und Port.',
  'failure.bye.message': 'Der Server hat die Verbindung abgelehnt: {reason}',
  'failure.bye.hint':
    'Der IMAP-Dienst läuft, weist aber Clients ab: Prüfen Sie seine Verbindungslimits und ob IMAP für diesen Server aktiviert ist.',
  'failure.notImap.message': 'Der Server hat nicht wie ein IMAP-Server gegrüßt: „{greeting}“.',
  'failure.notImap.hint':
    'Auf diesem Port läuft ein anderer Dienst (SMTP, HTTP, POP3?). IMAP ist üblicherweise 993 (SSL/TLS) oder 143 (STARTTLS).',
  'failure.noCertificate.message': 'Der Server hat kein Zertifikat gesendet.',
  'failure.noCertificate.hint': 'Prüfen Sie, ob der Port zu einem IMAP-Dienst mit gebundenem Zertifikat gehört.',
  'failure.certChanged.message':
    'Das Zertifikat des Servers hat sich geändert: Es ist jetzt {actual}, vertraut wurde {trusted}.',
  'failure.certChanged.hint':
    'Wurde das Exchange-Zertifikat absichtlich erneuert, prüfen Sie das neue Zertifikat und vertrauen Sie ihm erneut; andernfalls liest womöglich jemand die Verbindung mit.',
  'failure.certExpired.message': 'Das Zertifikat des Servers ist am {date} abgelaufen.',
  'failure.certExpired.hint':
    'Erneuern Sie das Zertifikat auf dem Exchange-Server (Exchange Admin Center → Server → Zertifikate) und weisen Sie es IMAP zu.',
  'failure.certNotYetValid.message': 'Das Zertifikat des Servers ist erst ab {date} gültig.',
  'failure.certNotYetValid.hint': 'Prüfen Sie die Uhrzeit dieses Computers und das Startdatum des Zertifikats.',
  'failure.selfSigned.message':
    'Das Zertifikat des Servers ist selbstsigniert ({subject}) und wird von diesem Computer nicht als vertrauenswürdig eingestuft.',
  'failure.selfSigned.hint':
    'Exchange verwendet standardmäßig ein selbstsigniertes Zertifikat: Wählen Sie nach Prüfung des Fingerabdrucks „Diesem Zertifikat vertrauen“, statt „SSL validieren“ auszuschalten.',
  'failure.unknownIssuer.message':
    'Das Zertifikat des Servers wurde von „{issuer}“ ausgestellt; diese Zertifizierungsstelle wird von diesem Computer nicht als vertrauenswürdig eingestuft.',
  'failure.unknownIssuer.hint':
    'Installieren Sie die interne Zertifizierungsstelle im Windows-Zertifikatsspeicher „Vertrauenswürdige Stammzertifizierungsstellen“, oder geben Sie dem Konto die CA-Datei.',
  'failure.certRejected.message': 'Das Zertifikat des Servers wurde abgelehnt ({code}).',
  'failure.certRejected.hint':
    'Prüfen Sie die Zertifikatskette, die der Server sendet, oder vertrauen Sie dem Zertifikat über seinen Fingerabdruck.',
  'failure.hostname.message': 'Das Zertifikat gilt für {names}, nicht für {server}.',
  'failure.hostname.hint':
    'Geben Sie den Servernamen ein, den das Zertifikat enthält (oft der FQDN, z. B. mail.example.local), oder nehmen Sie diesen Namen ins Zertifikat auf.',
  'failure.stage.setup': 'Vorbereitung',
  'failure.stage.connect': 'Verbindungsaufbau',
  'failure.stage.test': 'Verbindungstest',
  'failure.noDetails': 'keine Details',

  'detect.label': 'Ermittelte Einstellungen',
  'detect.running': 'Einstellungen werden ermittelt… (ohne Anmeldung)',
  'detect.proposal': 'Vorschlag: {encryption} auf Port {port}',
  'detect.use': 'Diese Einstellungen übernehmen',
  'detect.offline': 'Kein DNS-Server hat geantwortet: Dieser Computer scheint offline zu sein.',
  'detect.nothing': 'Keine Option hat funktioniert: Prüfen Sie den Servernamen und ob IMAP aktiviert ist.',
  'detect.probe': '{option} auf {port}',
  'detect.option.ssl': 'SSL/TLS',
  'detect.option.starttls': 'STARTTLS',
  'detect.option.none': 'Unverschlüsselt',
  'ribbon.detect': 'Einstellungen ermitteln',
  'ribbon.detect.tooltip': 'Ermitteln, welche Verschlüsselung und welchen Port der Server anbietet (ohne Anmeldung)',
  'detect.reason.tls': 'TLS ab dem ersten Byte funktioniert ({protocol}): die sicherste Option.',
  'detect.reason.ssl': 'TLS ab dem ersten Byte funktioniert, aber nur mit einem alten Protokoll ({protocol}).',
  'detect.reason.starttls': 'Port 143 stellt vor der Anmeldung mit STARTTLS auf TLS um.',
  'detect.reason.none': 'Nur eine unverschlüsselte Verbindung funktioniert: Das Kennwort würde im Klartext übertragen.',
  'detect.note.untrusted':
    'Das Zertifikat wird von diesem Computer nicht als vertrauenswürdig eingestuft: Testen Sie die Verbindung und vertrauen Sie ihm dann über seinen Fingerabdruck.',
  // Issue 16: Einstellungen ermitteln erkennt Microsoft 365 (src/core/detect/microsoft-365.ts); die Verbindungsmethode in der Übersicht
  'detect.m365.title': 'Das sieht nach Microsoft 365 aus ({cloud})',
  'detect.m365.passwordOff':
    'Exchange Online hat die Anmeldung mit Kennwort über IMAP abgeschaltet: Verbinden Sie dieses Postfach über eine App-Registrierung in Entra ID, mit einer dieser Methoden.',
  'detect.m365.hybrid':
    'Der Server antwortet ebenfalls: In einer Hybridumgebung behalten Postfächer, die noch in Exchange (lokal) liegen, IMAP mit Kennwort.',
  'detect.m365.signal.tenantDomain':
    'Die Domäne der Adresse, {value}, ist die eigene Domäne eines Mandanten in Microsoft 365.',
  'detect.m365.signal.serviceHost': '{value} ist ein Server von Microsoft 365.',
  'detect.m365.signal.mx': 'E-Mails an diese Domäne werden an {value} zugestellt (MX-Eintrag).',
  'detect.m365.signal.autodiscover': 'Autodiscover der Domäne verweist auf {value}.',
  'detect.m365.offer.imapOauth':
    'IMAP mit OAuth 2.0: {server}, Port {port}, TLS; die App benötigt die Berechtigung IMAP.AccessAsApp.',
  'detect.m365.offer.graph':
    'Microsoft Graph: {server} über HTTPS; die App benötigt die Berechtigung {read} oder {readWrite}.',
  'detect.m365.use.imap-oauth': 'IMAP mit OAuth 2.0 verwenden',
  'detect.m365.use.graph': 'Microsoft Graph verwenden',
  'detect.m365.cloud.global': 'globale Cloud',
  'detect.m365.cloud.usGovernment': 'US-Government-Cloud',
  'detect.m365.cloud.china': 'China-Cloud, betrieben von 21Vianet',
  'overview.column.method': 'Verbindungsmethode',
  'overview.method.cloud': '{method}, {cloud}',
  'trust.system.name': 'Zertifikatsspeicher des Betriebssystems',
  'trust.system.note':
    'enthält die internen Zertifizierungsstellen, denen Windows vertraut (Gruppenrichtlinie, certlm.msc)',
  'trust.system.unreadable':
    'hier nicht lesbar ({reason}); interne Zertifizierungsstellen müssen je Konto als CA-Datei angegeben werden',
  'trust.bundled.name': 'In Node.js enthaltene Mozilla-Stammzertifikate',
  'trust.bundled.note': 'öffentliche Zertifizierungsstellen',
  'trust.extra.name': 'NODE_EXTRA_CA_CERTS',
  'trust.extra.from': 'aus {file}',
  'trust.extra.unset': 'nicht gesetzt',
  'trust.account.name': 'Je Konto',
  'trust.account.note':
    'eine CA-Datei oder der Fingerabdruck eines vertrauenswürdigen Zertifikats, wo ein Konto eines hat',
  'trust.certificates': '{count, plural, one {# Zertifikat} other {# Zertifikate}}',

  'menu.file': '&Datei',
  'menu.new': '&Neues E-Mail-Konto',
  'menu.import': 'Konten &importieren…',
  'menu.export': 'Konten &exportieren…',
  'menu.save': '&Speichern',
  'menu.revert': 'Änderungen &zurücksetzen',
  'menu.exit': '&Beenden',
  'menu.edit': '&Bearbeiten',
  'menu.account': '&Konto',
  'menu.test': 'Verbindung &testen',
  'menu.cancelTest': 'Test a&bbrechen',
  'menu.duplicate': '&Duplizieren',
  'menu.delete': '&Löschen…',
  'menu.view': '&Ansicht',
  'menu.help': '&Hilfe',
  'menu.helpPage': '&Hilfe zu dieser Seite',
  'menu.shortcuts': '&Tastenkombinationen',
  'menu.about': '&Info zu Mailbox Connect',
  'menu.detect': 'Einstellungen &ermitteln',
  'menu.copyDiagnostics': 'Diagnose &kopieren',
  // Warum ein Befehl gerade nicht geht: an einer deaktivierten Schaltfläche, nach ihrer Beschreibung.
  'commands.unavailable': '{description} Derzeit nicht verfügbar: {reason}.',
  'commands.withShortcut': '{description} ({shortcut})',
  'shortcut.control': 'Strg+{key}',
  'commands.reason.saving': 'Das Konto wird gespeichert',
  'commands.reason.noAccount': 'Kein Konto ausgewählt',
  'commands.reason.testAllRunning': '„Alle testen“ läuft',
  'commands.reason.notWritable': 'Die Einstellungsdatei kann nicht geschrieben werden',
  'commands.reason.testing': 'Ein Verbindungstest läuft',
  'commands.reason.notTesting': 'Es läuft kein Test',
  'commands.reason.unsaved': 'Das Konto hat nicht gespeicherte Änderungen; speichern Sie sie zuerst',
  'commands.reason.nothingToRevert': 'Es gibt keine nicht gespeicherten Änderungen',
  'commands.reason.noServer': 'Geben Sie zuerst den Server ein',
  'commands.reason.detecting': 'Die Einstellungen werden ermittelt',
  'commands.reason.noReport': 'Es gibt noch keinen Testbericht; führen Sie zuerst einen Test aus',
  'commands.reason.noAccounts': 'Es gibt noch keine Konten',
  'commands.reason.dialogOpen': 'Schließen Sie zuerst das geöffnete Dialogfeld',
  'close.title': 'Mit nicht gespeicherten Änderungen schließen?',
  'close.body': 'Das bearbeitete Konto hat Änderungen, die nicht gespeichert wurden.',
  'close.discard': 'Schließen und verwerfen',
  'close.keep': 'Weiter bearbeiten',
  'about.title': 'Info zu Mailbox Connect',
  'about.trustedFrom': 'Vertrauenswürdige Zertifikate stammen aus:',
  'about.ok': 'OK',

  'app.title': 'Mailbox Connect',
  'app.version': 'Mailbox Connect {version}',
  'nav.label': 'Navigation',
  'nav.emailProcessing': 'E-Mail-Verarbeitung',
  'nav.overview': 'Übersicht',
  'nav.connectAccounts': 'Konten verbinden',
  'nav.collapse': 'Navigation einklappen',
  'nav.expand': 'Navigation ausklappen',
  'language.label': 'Sprache',
  'language.en': 'English',
  'language.de': 'Deutsch',

  'ribbon.tabs': 'Menüband-Registerkarten',
  'ribbon.home': 'Start',
  'ribbon.allAccounts': 'Alle Konten',
  'ribbon.more': 'Weitere Befehle',
  'ribbon.new': 'Neues E-Mail-Konto',
  'ribbon.new.tooltip': 'Ein neues IMAP-Konto anlegen',
  'ribbon.save': 'Speichern',
  'ribbon.save.tooltip': 'Das Konto speichern; dafür ist keine Verbindung nötig',
  'ribbon.revert': 'Zurücksetzen',
  'ribbon.revert.tooltip': 'Die Änderungen verwerfen und das Konto so zeigen, wie es gespeichert ist',
  'ribbon.duplicate': 'Duplizieren',
  'ribbon.duplicate.tooltip': 'Die gespeicherten Einstellungen in ein neues Konto kopieren, ohne Kennwort',
  'ribbon.delete': 'Löschen',
  'ribbon.delete.tooltip': 'Das Konto und sein gespeichertes Kennwort löschen (mit Rückfrage)',
  'ribbon.test': 'Verbindung testen',
  'ribbon.test.tooltip': 'Mit diesen Einstellungen verbinden, anmelden und den Posteingang (INBOX) lesen',
  'ribbon.cancelTest': 'Test abbrechen',
  'ribbon.cancelTest.tooltip': 'Den laufenden Test beenden',
  'ribbon.copyDiagnostics': 'Diagnose kopieren',
  'ribbon.copyDiagnostics.tooltip': 'Den letzten Testbericht mit Protokoll kopieren, ohne Kennwort',

  'list.label': 'Konten',
  'list.accounts': 'E-Mail-Konten',
  'list.loading': 'Konten werden geladen…',
  'list.empty': 'Noch keine Konten. Wählen Sie „Neues E-Mail-Konto“, um eines anzulegen.',
  'list.search': 'Nach Name, Server oder Benutzer suchen',
  'list.searchLabel': 'Konten durchsuchen',
  'list.count': '{count, plural, one {# Konto} other {# Konten}}',
  'list.filtered': '{shown} von {total, plural, one {# Konto} other {# Konten}}',
  'list.sortLabel': 'Konten sortieren nach',
  'list.sort.name': 'Nach Name sortieren',
  'list.sort.server': 'Nach Server sortieren',
  'list.sort.state': 'Nach Status sortieren',
  'list.noMatch': 'Kein Konto passt zu „{query}“.',
  // Die Liste als Windows-Liste: F5 liest sie neu ein, ein Kontextmenü wirkt auf die Auswahl.
  'ribbon.refresh': 'Aktualisieren',
  'ribbon.refresh.tooltip':
    'Die Kontenliste neu einlesen, dazu das geöffnete Konto, sofern es keine nicht gespeicherten Änderungen hat',
  'menu.refresh': 'Akt&ualisieren',
  'list.menu.test': 'Testen…',
  'list.menu.duplicate': 'Duplizieren',
  'list.menu.export': 'Exportieren…',
  'list.menu.delete': 'Löschen…',
  'confirm.deleteMany.title': '{count, plural, one {# Konto} other {# Konten}} löschen?',
  'confirm.deleteMany.body':
    '{count, plural, one {# Konto wird} other {# Konten werden}} samt gespeicherten Kennwörtern von diesem Computer entfernt. Die E-Mail-Verarbeitung liest diese Postfächer dann nicht mehr über Mailbox Connect. Bis Mailbox Connect geschlossen wird, lassen sie sich mit „Rückgängig“ wiederherstellen.',
  'editor.deletedMany': '{count, plural, one {# Konto wurde} other {# Konten wurden}} gelöscht.',
  'editor.refreshKept':
    'Die Liste wurde neu eingelesen; „{name}“ hat nicht gespeicherte Änderungen, die erhalten bleiben.',
  'badge.notTested': 'noch nicht getestet',
  'badge.ok': 'Verbunden',
  'badge.failed': 'fehlgeschlagen',

  'page.details': 'Kontodetails',
  'page.connectAccounts': 'Konten verbinden',
  'page.newAccount': 'Neues E-Mail-Konto',
  'page.account': 'Konto',
  'page.unsaved': 'Nicht gespeicherte Änderungen',
  'page.results': 'Ergebnisse',
  'page.pick': 'Wählen Sie links ein Konto, oder wählen Sie „Neues E-Mail-Konto“, um ein Postfach zu verbinden.',
  'editor.saved': '„{name}“ wurde gespeichert.',
  'editor.trusted':
    'Dem Zertifikat wird für dieses Konto vertraut. Testen Sie zur Kontrolle erneut, und speichern Sie, um es zu behalten.',
  'editor.copied': 'Die Diagnose (ohne Kennwort) ist in der Zwischenablage.',
  'editor.duplicated': '„{name}“ wurde angelegt. Geben Sie vor dem Test das Kennwort ein.',
  'editor.deleted': '„{name}“ wurde gelöscht.',
  'editor.undoDelete': 'Rückgängig',
  'editor.restored':
    '{count, plural, one {„{name}“ wurde wiederhergestellt.} other {# Konten wurden wiederhergestellt.}}',
  'confirm.createFolders.title': 'Fehlende Ordner anlegen?',
  'confirm.createFolders.body':
    'Mailbox Connect meldet sich bei {server} an und legt an: {folders}. Sonst ändert sich nichts im Postfach.',
  'confirm.createFolders.confirm': 'Ordner anlegen',
  'readiness.label': 'Bereit für die E-Mail-Verarbeitung?',
  'readiness.folders': 'Verarbeitungsordner',
  'readiness.role.inbox': 'Gelesen aus',
  'readiness.role.success': 'Verarbeitete E-Mails',
  'readiness.role.failed': 'Fehlgeschlagene E-Mails',
  'readiness.folder.ready': 'vorhanden und lässt sich öffnen',
  'readiness.folder.created': 'soeben angelegt und lässt sich öffnen',
  'readiness.folder.missing': 'fehlt',
  'readiness.folder.notCreated': 'fehlt; der Server hat das Anlegen abgelehnt: {problem}',
  'readiness.folder.notSelectable': 'vorhanden, lässt sich aber nicht öffnen: {problem}',
  'readiness.preview':
    '{count, plural, one {Letzte {days} Tage: # Nachricht im Posteingang (INBOX), {documents} mit Belegen ({pdf} PDF, {xml} XML).} other {Letzte {days} Tage: # Nachrichten im Posteingang (INBOX), {documents} mit Belegen ({pdf} PDF, {xml} XML).}}',
  'readiness.preview.newest': 'Nur die neuesten {examined} wurden untersucht.',
  'readiness.preview.unavailable': 'Der Server hat das Zählen der Nachrichten nicht zugelassen: {problem}',
  'readiness.create': 'Fehlende Ordner anlegen',
  'export.dialogTitle': 'Konten exportieren',
  'export.fileType': 'Mailbox-Connect-Export',
  'export.writeFailed': 'Der Export konnte nicht nach {path} geschrieben werden ({reason}).',
  'import.invalid': 'Diese Datei kann nicht importiert werden; es wurde nichts geändert.',
  'import.tooManyAccounts': 'Die Datei enthält mehr als {max} Konten.',
  'import.account': 'Konto {number} („{name}“)',
  'import.entry': 'Eintrag',
  'import.file': 'Datei',
  'import.tooLarge': 'Die Datei ist {size} MB groß; ein Export hat höchstens {max} MB. Ist es die richtige Datei?',
  'import.notJson': 'Die Datei ist kein gültiges JSON: {reason}',
  'import.forbiddenKey':
    'Die Datei enthält den Schlüssel „{key}“, den ein Export nie hat: Sie wird aus Sicherheitsgründen abgelehnt.',
  'import.notExport': 'Dies ist kein Export von Mailbox Connect (das Feld „format“ fehlt oder hat einen anderen Wert).',
  'import.newerVersion':
    'Die Datei stammt von einer neueren Version von Mailbox Connect (Formatversion {version}). Aktualisieren Sie diese App, um sie zu importieren.',
  'import.encryptionMissing': 'Laut Datei sind die Kennwörter verschlüsselt, aber die Schlüsselangaben fehlen.',
  'import.passwordWithoutEncryption':
    'Konto {number} enthält ein Kennwort, obwohl die Datei angibt, keine zu enthalten.',
  'import.duplicate':
    '„{name}“ kommt zweimal vor (Konten {first} und {second}); Verbindungsnamen müssen eindeutig sein.',
  'import.passphraseRequired':
    'Diese Datei enthält verschlüsselte Kennwörter: Geben Sie die Passphrase des Exports ein.',
  'import.wrongPassphrase': 'Die Passphrase ist falsch. Es wurde nichts importiert.',
  'import.passwordDamaged':
    'Das Kennwort von Konto {number} lässt sich nicht entschlüsseln: Die Datei wurde nach dem Export verändert.',
  'import.altered':
    'Die Datei wurde nach dem Export verändert (oder ist beschädigt): Die Passphrase stimmt, aber der Inhalt passt nicht mehr zu dem, was exportiert wurde. Es wurde nichts importiert.',
  'import.macMissing':
    'Die Datei enthält verschlüsselte Kennwörter, aber keinen Authentifizierungscode (mac): Sie stammt nicht von Mailbox Connect oder wurde verändert.',
  'import.version1Passwords':
    'Die Datei stammt aus einer älteren Version, deren Kennwörter nicht auf Änderungen geprüft werden können; sie werden daher nicht importiert. Exportieren Sie erneut mit der aktuellen Version, oder geben Sie die Kennwörter nach dem Import neu ein.',
  'import.reason.new': 'neu auf diesem Computer',
  'import.reason.kept': 'ein Konto dieses Namens existiert bereits und bleibt erhalten',
  'import.reason.identical': 'dieselben Einstellungen gibt es bereits',
  'import.reason.replaces': 'ersetzt das Konto gleichen Namens',
  'ribbon.export': 'Exportieren',
  'ribbon.export.tooltip':
    'Alle oder ausgewählte Konten in eine Datei speichern; Kennwörter nur mit einer Passphrase verschlüsselt',
  'ribbon.import': 'Importieren',
  'ribbon.import.tooltip': 'Konten aus einer Exportdatei lesen: Sie sehen vor dem Übernehmen, was sich ändert',
  'ribbon.saveDiagnostics': 'Diagnose speichern…',
  'ribbon.saveDiagnostics.tooltip':
    'Den angezeigten Testbericht (Schritte, Zertifikat, Protokoll ohne Kennwort) als Text- oder JSON-Datei speichern',
  'menu.saveDiagnostics': 'Dia&gnose speichern…',
  'ribbon.handover': 'Übergabebericht…',
  'ribbon.handover.tooltip':
    'Eine druckbare Seite für den Kunden speichern: Konten, Einstellungen, letzte Tests, Zertifikats-Fingerabdrücke, keine Kennwörter',
  'menu.handover': '&Übergabebericht…',
  'evidence.diagnostics.dialogTitle': 'Diagnose speichern',
  'evidence.diagnostics.fileType.text': 'Diagnose als Text',
  'evidence.diagnostics.fileType.json': 'Diagnose als JSON',
  'evidence.handover.dialogTitle': 'Übergabebericht speichern',
  'evidence.handover.fileType': 'Webseite (HTML)',
  'evidence.noReport': 'Es wurde noch kein Verbindungstest ausgeführt; es gibt nichts zu speichern.',
  'evidence.writeFailed': 'Die Datei konnte nicht unter {path} gespeichert werden ({reason}).',
  'evidence.diagnostics.saved': 'Diagnose unter {path} gespeichert.',
  'evidence.handover.saved':
    '{count, plural, one {Übergabebericht mit # Konto unter {path} gespeichert.} other {Übergabebericht mit # Konten unter {path} gespeichert.}}',
  'handover.title': 'Mailbox Connect – Übergabebericht',
  'handover.generated': 'Erstellt am {date} mit {application}.',
  'handover.noPasswords': 'Dieser Bericht enthält keine Kennwörter.',
  'handover.accountCount': '{count, plural, one {# Konto} other {# Konten}}',
  'handover.noAccounts': 'Es sind keine Konten eingerichtet.',
  'handover.settings': 'Einstellungen',
  'handover.password.stored': 'auf diesem Computer gespeichert (nicht angezeigt)',
  'handover.password.none': 'nicht gespeichert',
  'handover.yes': 'ja',
  'handover.no': 'nein',
  'handover.none': 'keine',
  'handover.pinned': 'Vertrauenswürdiges Zertifikat (SHA-256)',
  'handover.caFile': 'CA-Datei',
  'handover.caFile.given': 'hinterlegt',
  'handover.lastTest': 'Letzter Test',
  'handover.lastTest.none': 'Noch nicht getestet.',
  'handover.history': 'Letzte Tests',
  'handover.history.empty': 'Noch keine Tests aufgezeichnet.',
  'handover.history.time': 'Zeitpunkt',
  'handover.history.outcome': 'Ergebnis',
  'handover.history.fingerprint': 'Serverzertifikat (SHA-256)',
  'handover.outcome.ok': 'OK',
  'handover.outcome.failed': 'Fehlgeschlagen',
  'picker.label': 'Konten',
  'picker.all': 'Alle Konten ({count})',
  'export.title': 'Konten exportieren',
  'export.withPasswords': 'Kennwörter einschließen, mit einer Passphrase verschlüsselt',
  'export.noPasswords': 'Ohne Kennwörter: Die Kennwörter müssen nach dem Import neu eingegeben werden.',
  'export.passphrase': 'Passphrase',
  'export.passphrase.hint': 'Geben Sie sie dem Empfänger auf anderem Weg als die Datei weiter (Telefon, persönlich).',
  'export.passphrase.repeat': 'Passphrase wiederholen',
  'export.passphrase.tooShort': 'Mindestens {min} Zeichen; ein paar Wörter lassen sich leicht weitergeben.',
  'export.passphrase.mismatch': 'Die beiden Passphrasen unterscheiden sich.',
  'export.noneChosen': 'Wählen Sie mindestens ein Konto.',
  'export.confirm': 'Exportieren…',
  'export.busy': 'Wird exportiert…',
  'export.done':
    '{count, plural, one {# Konto nach {path} exportiert ({passwords} mit Kennwort).} other {# Konten nach {path} exportiert ({passwords} mit Kennwort).}}',
  'export.withoutPassword': 'Ohne Kennwort (keines gespeichert oder es muss neu eingegeben werden): {names}.',
  'importDialog.title': 'Konten importieren',
  'importDialog.chooseFile': 'Datei wählen…',
  'importDialog.otherFile': 'Andere Datei wählen…',
  'importDialog.noFile': 'Keine Datei gewählt.',
  'import.unreadable': '{file} kann nicht gelesen werden ({code}).',
  'import.chooseAgain': 'Die gewählte Datei ist nicht mehr geöffnet: Wählen Sie sie erneut.',
  'import.dialogTitle': 'Konten importieren',
  'importDialog.passphrase': 'Passphrase des Exports',
  'importDialog.passphrase.hint': 'Die Datei enthält verschlüsselte Kennwörter.',
  'importDialog.unlock': 'Prüfen',
  'importDialog.existing': 'Bereits vorhandene Konten',
  'importDialog.existing.replace': 'Konten gleichen Namens ersetzen',
  'importDialog.existing.keep': 'Vorhandene Konten behalten und die gleichnamigen aus der Datei überspringen',
  'importDialog.summary':
    '{changes} von {total, plural, one {# Konto} other {# Konten}} {changes, plural, one {ändert} other {ändern}} sich (exportiert am {exportedAt}). Beim Import wird keine Verbindung aufgebaut.',
  'importDialog.planLabel': 'Was der Import tut',
  'importDialog.action.add': 'Neu',
  'importDialog.action.replace': 'Ersetzen',
  'importDialog.action.skip': 'Überspringen',
  'importDialog.withPassword': 'mit Kennwort',
  'importDialog.change': '{field}: {from} → {to}',
  'importDialog.value.none': '(keine)',
  'importDialog.value.on': 'ein',
  'importDialog.value.off': 'aus',
  'importDialog.field.method': 'Verbindungsmethode',
  'importDialog.field.tenant': 'Mandant',
  'importDialog.field.clientId': 'Anwendungs-ID (Client-ID)',
  'importDialog.field.clientCredential': 'Anmeldeinformation der App',
  'importDialog.field.authorityHost': 'Anmeldehost',
  'importDialog.field.server': 'Server',
  'importDialog.field.port': 'Port',
  'importDialog.field.userName': 'Benutzername',
  'importDialog.field.sharedMailboxAlias': 'Alias des freigegebenen Postfachs',
  'importDialog.field.encryption': 'Verschlüsselung',
  'importDialog.field.validateSsl': 'SSL validieren',
  'importDialog.field.trustedFingerprint': 'Vertrauenswürdiges Zertifikat',
  'importDialog.field.caCertificatePem': 'CA-Zertifikat',
  'importDialog.field.emailAddress': 'E-Mail-Adresse',
  'importDialog.field.successFolder': 'Ordner für verarbeitete E-Mails',
  'importDialog.field.failedFolder': 'Ordner für fehlgeschlagene E-Mails',
  'importDialog.passwordWithheld':
    'Das gespeicherte Kennwort wurde für die alten Einstellungen eingegeben und wird für die neuen nicht verwendet: Geben Sie es erneut ein.',
  'importDialog.passwordsWithheld': 'Geben Sie das Kennwort erneut ein für: {names}.',
  'importDialog.passwordsIgnored': 'Kennwörter aus der Datei werden nicht importiert: {reason}',
  'importDialog.checking': 'Wird geprüft…',
  'importDialog.confirm': 'Importieren ({count})',
  'importDialog.done': 'Importiert: {added} neu, {replaced} ersetzt, {skipped} übersprungen.',
  'importDialog.review': 'Prüfen Sie die Sicherheitseinstellungen von: {names}.',
  'importDialog.passwordsNotStored': 'Kennwörter werden auf diesem Computer nicht gespeichert: {reason}',
  'review.unencrypted': 'Unverschlüsselt',
  'review.certificateNotValidated': 'Zertifikat nicht geprüft',
  'review.banner':
    'Mit zu prüfenden Sicherheitseinstellungen importiert ({flags}). Prüfen Sie sie und speichern Sie zur Bestätigung.',
  'review.trustedFingerprint': 'Vertrauenswürdiges Zertifikat',
  'review.caCertificate': 'CA-Zertifikat',
  'review.badge': 'prüfen',
  'badge.locked': 'gesperrt',
  'ribbon.testAll': 'Alle testen',
  'ribbon.testAll.tooltip':
    'Alle oder die gewählten Konten testen, einige gleichzeitig; das Ergebnis wird bei jedem Konto gespeichert',
  'menu.testAll': '&Alle Konten testen…',
  'testAll.noAnswer': '„Alle testen“ wurde ohne Antwort der App beendet: {reason}',
  'testAll.title': 'Alle Konten testen',
  'testAll.concurrency': 'Gleichzeitige Verbindungen',
  'testAll.concurrency.hint':
    'Nie mehr gleichzeitig, als ein Server annimmt: Weist er eine Verbindung ab, werden für ihn weniger verwendet.',
  'testAll.start': '{count, plural, one {# Konto testen} other {# Konten testen}}',
  'testAll.progress': '{done} von {total} getestet',
  'testAll.progress.detail':
    '{ok} erfolgreich, {failed} fehlgeschlagen, {running, plural, one {# läuft} other {# laufen}}',
  'testAll.serverLimit':
    '{server} hat nur {limit, plural, one {# Verbindung} other {# Verbindungen}} gleichzeitig angenommen.',
  'testAll.results': 'Ergebnisse',
  'testAll.outcome.ok': 'Erfolgreich in {ms} ms',
  'testAll.outcome.cancelled': 'Nicht getestet: abgebrochen',
  'testAll.outcome.skipped': 'Nicht getestet: {reason}',
  'testAll.cancel': 'Abbrechen',
  'testAll.close': 'Schließen',
  'testAll.alreadyRunning': '„Alle testen“ läuft bereits.',
  'testAll.gone': 'Das Konto wurde inzwischen gelöscht.',
  'testAll.cancelled': 'abgebrochen',
  'testAll.plaintextNotConfirmed':
    'Das Kennwort würde unverschlüsselt übertragen, ohne dass dies für dieses Konto bestätigt wurde: Öffnen Sie es, aktivieren Sie die Bestätigung und speichern Sie.',
  'confirm.delete.title': '„{name}“ löschen?',
  'confirm.delete.body':
    'Das Konto und sein gespeichertes Kennwort werden von diesem Computer entfernt. Die E-Mail-Verarbeitung liest dieses Postfach dann nicht mehr über Mailbox Connect. Bis Mailbox Connect geschlossen wird, lässt es sich mit „Rückgängig“ wiederherstellen.',
  'confirm.delete.confirm': 'Löschen',
  'confirm.cancel': 'Abbrechen',
  'confirm.discard.title': 'Nicht gespeicherte Änderungen verwerfen?',
  'confirm.discard.body': 'Die Änderungen an „{name}“ wurden nicht gespeichert.',
  'confirm.discard.newAccount': 'dem neuen Konto',
  'confirm.discard.confirm': 'Änderungen verwerfen',
  'confirm.discard.cancel': 'Weiter bearbeiten',

  'form.label': 'IMAP-Konto',
  'form.section.connection': 'Verbindung',
  'form.section.identification': 'Bezeichnung',
  'form.section.signIn': 'Anmeldung',
  'form.method': 'Verbindungsmethode',
  'form.method.imap': 'IMAP',
  'form.method.imap-oauth': 'IMAP mit OAuth 2.0 (Microsoft 365)',
  'form.method.graph': 'Microsoft Graph (Microsoft 365)',
  'form.server': 'Server',
  'form.server.hint': 'Hostname, IPv4- oder IPv6-Adresse, z. B. mail.example.local',
  'form.port': 'Port',
  'form.encryption': 'Verschlüsselung',
  'form.insecureAcknowledged': 'Mir ist bewusst, dass Kennwort und E-Mails unverschlüsselt übertragen werden.',
  'form.validateSsl': 'SSL validieren',
  'form.validateSsl.on': 'Das Zertifikat muss vertrauenswürdig sein und zum Servernamen passen.',
  'form.validateSsl.off': 'Unsicher: Jedes Zertifikat wird akzeptiert.',
  'form.validateSsl.notApplicable': 'Gilt nur für verschlüsselte Optionen.',
  'form.connectionName': 'Verbindungsname',
  'form.emailAddress': 'E-Mail-Adresse',
  'form.emailAddress.hint': 'Identifiziert das Postfach in der E-Mail-Verarbeitung.',
  'form.userName': 'Benutzername',
  'form.userName.hint': 'benutzer@domäne, DOMÄNE\\benutzer oder DOMÄNE\\benutzer\\freigegebenesPostfach',
  'form.section.processing': 'E-Mail-Verarbeitung',
  'form.processing.hint':
    'E-Mails werden aus dem Posteingang (INBOX) gelesen und in diese Ordner verschoben. „Verbindung testen“ prüft die Ordner. Geben Sie die vollständigen Namen so ein, wie der Server sie auflistet (z. B. INBOX/Verarbeitet).',
  'form.successFolder': 'Ordner für verarbeitete E-Mails',
  'form.failedFolder': 'Ordner für fehlgeschlagene E-Mails',
  'form.sharedMailboxAlias': 'Alias des freigegebenen Postfachs',
  'form.sharedMailboxAlias.hint':
    'Optional, für Exchange lokal (On-Premises): Um ein freigegebenes Postfach zu lesen, meldet sich der Benutzer mit seinem eigenen Kennwort als DOMÄNE\\benutzer\\alias an.',
  'form.sharedMailboxAlias.login': 'Anmeldung als {login}',
  'form.password': 'Kennwort',
  'form.password.reenter':
    'Geben Sie das Kennwort erneut ein: Das gespeicherte passt nicht mehr zu diesen Einstellungen.',
  'form.password.stored': 'Ein Kennwort ist gespeichert; lassen Sie das Feld leer, um es zu behalten.',
  'form.password.locked':
    'Ein Kennwort ist gespeichert, aber gesperrt: Entsperren Sie die Kennwörter auf diesem USB-Stick, um damit zu testen, oder geben Sie ein neues ein.',
  'form.password.show': 'Kennwort anzeigen',
  'form.password.hide': 'Kennwort ausblenden',
  'form.advanced': 'Erweitert',
  'form.advanced.summary': 'Zertifikatsvertrauen, Verarbeitungsordner, Alias des freigegebenen Postfachs',
  'trustForm.certificate': 'Vertrauenswürdiges Zertifikat',
  'trustForm.certificate.pinnedHint':
    'Nur genau dieses Zertifikat wird akzeptiert, unabhängig davon, wer es ausgestellt hat.',
  'trustForm.certificate.fingerprintLabel': 'Fingerabdruck des vertrauenswürdigen Zertifikats',
  'trustForm.certificate.fingerprint': 'SHA-256 {fingerprint}',
  'trustForm.certificate.stop': 'Nicht mehr vertrauen',
  'trustForm.certificate.none':
    'Keines. Testen Sie die Verbindung und wählen Sie „Diesem Zertifikat vertrauen“, um ein selbstsigniertes zu akzeptieren.',
  'trustForm.ca': 'CA-Zertifikat',
  'trustForm.ca.loaded':
    '{count, plural, one {# Zertifikat} other {# Zertifikate}} geladen, zusätzlich zum Windows-Zertifikatsspeicher vertrauenswürdig.',
  'trustForm.ca.none': 'Nur der Windows-Zertifikatsspeicher „Vertrauenswürdige Stammzertifizierungsstellen“.',
  'trustForm.ca.fileLabel': 'CA-Zertifikatsdatei',
  'trustForm.ca.choose': 'Datei wählen…',
  'trustForm.ca.replace': 'Ersetzen…',
  'trustForm.ca.remove': 'Entfernen',
  'trustForm.ca.tooLarge': '{file} ist größer als {max} KiB: Wählen Sie das CA-Zertifikat im PEM-Format.',
  'trustForm.ca.noPem':
    '{file} enthält kein PEM-Zertifikat. Exportieren Sie das CA-Zertifikat als „Base-64-codiert X.509 (.CER)“.',

  'report.label': 'Testergebnis',
  'report.running': 'Verbindung wird getestet… {seconds} s ({shortcut} bricht ab)',
  'report.running.stage': 'Verbindung wird getestet… {seconds} s, Schritt: {stage} ({shortcut} bricht ab)',
  'report.succeeded': 'Verbindung erfolgreich',
  'report.succeeded.body':
    'In {ms} ms angemeldet und den Posteingang (INBOX) gelesen: {messages, plural, one {# Nachricht} other {# Nachrichten}}, {unseen} ungelesen.',
  'report.stages': 'Schritte',
  'report.folders': 'Ordner: {folders}',
  'report.foldersOmitted':
    '{count, plural, one {# weiterer Ordner wird nicht aufgeführt} other {# weitere Ordner werden nicht aufgeführt}}: Der Server hat mehr als {max, number}.',
  'report.copy': 'Diagnose kopieren',
  'report.stage.ok': 'OK',
  'report.stage.failed': 'fehlgeschlagen',
  'report.stage.skipped': 'übersprungen',
  'certificate.label': 'Serverzertifikat',
  'certificate.title': 'Serverzertifikat',
  'certificate.subject': 'Antragsteller',
  'certificate.issuer': 'Aussteller',
  'certificate.valid': 'Gültig',
  'certificate.validRange': '{from} bis {to}',
  'certificate.names': 'Namen',
  'certificate.fingerprint': 'SHA-256',
  'certificate.none': '(keine)',
  'certificate.trust': 'Diesem Zertifikat vertrauen',
  'certificate.trustAdvice':
    'Vergleichen Sie den Fingerabdruck mit dem auf dem Server (certlm.msc zeigt ihn; Exchange: Get-ExchangeCertificate), bevor Sie ihm vertrauen.',

  // Wörter statt Codes (report-titles.ts, certificate-trust.ts)
  'report.errorCode': 'Fehlercode: {code}',
  'failureTitle.invalidSettings': 'Die Einstellungen sind ungültig',
  'failureTitle.dnsNotFound': 'Der Servername wurde nicht gefunden',
  'failureTitle.connectionRefused': 'Der Server hat die Verbindung abgelehnt',
  'failureTitle.connectionTimeout': 'Der Server hat nicht rechtzeitig geantwortet',
  'failureTitle.hostUnreachable': 'Der Server ist nicht erreichbar',
  'failureTitle.tlsHandshakeFailed': 'Die Verbindung konnte nicht verschlüsselt werden',
  'failureTitle.tlsCertUntrusted': 'Dem Zertifikat des Servers wird nicht vertraut',
  'failureTitle.tlsCertExpired': 'Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig',
  'failureTitle.tlsHostnameMismatch': 'Das Zertifikat des Servers gilt für einen anderen Namen',
  'failureTitle.tlsCertChanged': 'Das Zertifikat des Servers hat sich geändert',
  'failureTitle.notImap': 'Das ist kein IMAP-Server',
  'failureTitle.greetingTimeout': 'Der Server hat keine Begrüßung gesendet',
  'failureTitle.serverBye': 'Der Server hat die Verbindung abgewiesen',
  'failureTitle.starttlsUnavailable': 'Der Server bietet kein STARTTLS an',
  'failureTitle.loginDisabled': 'Der Server lehnt eine unverschlüsselte Anmeldung ab',
  'failureTitle.authFailed': 'Benutzername oder Kennwort wurde abgelehnt',
  'failureTitle.mailboxUnavailable': 'Das Postfach konnte nicht gelesen werden',
  'failureTitle.connectionClosed': 'Die Verbindung wurde geschlossen',
  'failureTitle.cancelled': 'Der Test wurde abgebrochen',
  'failureTitle.unknown': 'Der Test ist fehlgeschlagen',
  'failureBadge.invalidSettings': 'Ungültige Einstellungen',
  'failureBadge.dnsNotFound': 'Name nicht gefunden',
  'failureBadge.connectionRefused': 'Abgelehnt',
  'failureBadge.connectionTimeout': 'Keine Antwort',
  'failureBadge.hostUnreachable': 'Nicht erreichbar',
  'failureBadge.tlsHandshakeFailed': 'Verschlüsselung fehlgeschlagen',
  'failureBadge.tlsCertUntrusted': 'Zertifikat nicht vertrauenswürdig',
  'failureBadge.tlsCertExpired': 'Zertifikat nicht gültig',
  'failureBadge.tlsHostnameMismatch': 'Zertifikat für anderen Namen',
  'failureBadge.tlsCertChanged': 'Zertifikat geändert',
  'failureBadge.notImap': 'Kein IMAP',
  'failureBadge.greetingTimeout': 'Keine Begrüßung',
  'failureBadge.serverBye': 'Abgewiesen',
  'failureBadge.starttlsUnavailable': 'Kein STARTTLS',
  'failureBadge.loginDisabled': 'Anmeldung nicht erlaubt',
  'failureBadge.authFailed': 'Anmeldung fehlgeschlagen',
  'failureBadge.mailboxUnavailable': 'Postfach nicht verfügbar',
  'failureBadge.connectionClosed': 'Verbindung geschlossen',
  'failureBadge.cancelled': 'Abgebrochen',
  'failureBadge.unknown': 'Fehlgeschlagen',
  'failureBadge.codeTooltip': 'Fehlercode: {code}',
  'stageTitle.dns': 'Namensauflösung (DNS)',
  'stageTitle.tcp': 'Verbindungsaufbau',
  'stageTitle.tls': 'Verschlüsselung (TLS)',
  'stageTitle.greeting': 'Begrüßung des Servers',
  'stageTitle.starttls': 'Wechsel zu TLS (STARTTLS)',
  'stageTitle.auth': 'Anmeldung',
  'stageTitle.mailbox': 'Postfach',
  'stageTitle.logout': 'Abmeldung',
  'stageDuring.dns': 'der Namensauflösung (DNS)',
  'stageDuring.tcp': 'des Verbindungsaufbaus',
  'stageDuring.tls': 'der TLS-Aushandlung',
  'stageDuring.greeting': 'der Begrüßung des Servers',
  'stageDuring.starttls': 'des Wechsels zu TLS (STARTTLS)',
  'stageDuring.auth': 'der Anmeldung',
  'stageDuring.mailbox': 'des Lesens des Postfachs',
  'stageDuring.logout': 'der Abmeldung',
  'certificate.trust.authority':
    'von diesem Computer als vertrauenswürdig eingestuft (Zertifikatsspeicher oder CA-Datei)',
  'certificate.trust.fingerprint': 'per Fingerabdruck vertrauenswürdig',
  'certificate.trust.fingerprintUntested':
    'ab jetzt per Fingerabdruck vertrauenswürdig: Testen Sie erneut, um es zu prüfen',
  'certificate.trust.notValidated': 'nicht geprüft: „SSL validieren“ ist ausgeschaltet',
  'certificate.untrusted.selfSigned': 'nicht vertrauenswürdig: selbstsigniert',
  'certificate.untrusted.unknownIssuer':
    'nicht vertrauenswürdig: von einer Zertifizierungsstelle ausgestellt, die dieser Computer nicht kennt',
  'certificate.untrusted.expired': 'nicht vertrauenswürdig: abgelaufen',
  'certificate.untrusted.notYetValid': 'nicht vertrauenswürdig: noch nicht gültig',
  'certificate.untrusted.nameMismatch': 'nicht vertrauenswürdig: für einen anderen Servernamen ausgestellt',
  'certificate.untrusted.changed': 'nicht vertrauenswürdig: nicht das Zertifikat, dem dieses Konto vertraut',
  'certificate.untrusted.rejected': 'nicht vertrauenswürdig: Die Zertifikatskette wurde abgelehnt',

  'overview.title': 'Übersicht',
  'overview.byState': 'Konten nach Status',
  'overview.mailboxes': '{count, plural, one {# Postfach} other {# Postfächer}}',
  'overview.ok': '{count} OK',
  'overview.failing': '{count} fehlerhaft',
  'overview.untested': '{count} noch nicht getestet',
  'overview.next.none': 'Verbinden Sie zuerst das Postfach, in dem Rechnungen eingehen: Wählen Sie „Konten verbinden“.',
  'overview.next.failing':
    '{count, plural, one {Öffnen Sie das fehlerhafte Konto und folgen Sie dem Hinweis des letzten Tests.} other {Öffnen Sie die # fehlerhaften Konten und folgen Sie dem Hinweis des letzten Tests.}}',
  'overview.next.untested':
    '{count, plural, one {Testen Sie das noch nicht getestete Konto, bevor Sie es an die E-Mail-Verarbeitung übergeben.} other {Testen Sie die # noch nicht getesteten Konten, bevor Sie sie an die E-Mail-Verarbeitung übergeben.}}',
  'overview.next.ready': 'Alle Konten haben ihren letzten Test bestanden: Sie sind bereit für die E-Mail-Verarbeitung.',
  'overview.open': 'Konten verbinden',
  'overview.table': 'Konten auf einen Blick',
  'overview.column.name': 'Verbindungsname',
  'overview.column.server': 'Server',
  'overview.column.lastTest': 'Letzter Test',
  'overview.column.reason': 'Grund',
  'overview.more':
    'Angezeigt werden die {max}, die am dringendsten Aufmerksamkeit brauchen; alle {total} finden Sie unter „Konten verbinden“.',
  'overview.trust': 'Zertifikatsvertrauen',

  'notices.label': 'Einstellungsdatei',
  'notices.info': 'Einstellungen umgestellt',
  'notices.warning': 'Einstellungen wiederhergestellt',
  'notices.error': 'Einstellungen nicht gespeichert',

  'portableBar.label': 'Portable Kennwörter',
  'portableBar.notSet':
    'Kennwörter auf diesem USB-Stick brauchen eine portable Passphrase, bevor sie gespeichert werden können.',
  'portableBar.set': 'Passphrase festlegen…',
  'portableBar.locked': 'Die Kennwörter auf diesem USB-Stick sind gesperrt.',
  'portableBar.unlock': 'Entsperren…',
  'portableBar.unlocked': 'Die Kennwörter auf diesem USB-Stick sind auf diesem Computer entsperrt.',
  'portableBar.remembered':
    'Die Kennwörter auf diesem USB-Stick sind auf diesem Computer entsperrt und werden hier gemerkt.',
  'portableBar.change': 'Passphrase ändern…',
  'portableBar.forget': 'Auf diesem Computer vergessen',
  'portableBar.damaged': 'Die Kennwörter auf diesem USB-Stick lassen sich nicht entsperren',
  'portableBar.done.set':
    'Die portable Passphrase ist festgelegt: Kennwörter können jetzt auf diesem USB-Stick gespeichert werden.',
  'portableBar.done.unlock': 'Die Kennwörter auf diesem USB-Stick sind entsperrt.',
  'portableBar.done.change':
    'Die Passphrase wurde geändert: Jedes gespeicherte Kennwort ist jetzt mit der neuen verschlüsselt.',
  'portableBar.done.forget':
    'Dieser Computer bewahrt den Schlüssel nicht mehr auf: Beim nächsten Start wird nach der Passphrase gefragt.',
  'passphraseDialog.set.title': 'Portable Passphrase festlegen',
  'passphraseDialog.set.intro':
    'Auf diesem USB-Stick gespeicherte Kennwörter werden mit dieser Passphrase verschlüsselt und lassen sich auf jedem Computer öffnen, auf dem Sie sie eingeben. Eine vergessene Passphrase kann niemand wiederherstellen.',
  'passphraseDialog.set.confirm': 'Passphrase festlegen',
  'passphraseDialog.unlock.title': 'Kennwörter auf diesem USB-Stick entsperren',
  'passphraseDialog.unlock.intro': 'Geben Sie die portable Passphrase dieses USB-Sticks ein.',
  'passphraseDialog.unlock.confirm': 'Entsperren',
  'passphraseDialog.change.title': 'Portable Passphrase ändern',
  'passphraseDialog.change.intro':
    'Jedes gespeicherte Kennwort wird mit der neuen Passphrase neu verschlüsselt. Computer, die sich die alte gemerkt haben, fragen einmal nach der neuen.',
  'passphraseDialog.change.confirm': 'Passphrase ändern',
  'passphraseDialog.passphrase': 'Portable Passphrase',
  'passphraseDialog.current': 'Aktuelle Passphrase',
  'passphraseDialog.new': 'Neue Passphrase',
  'passphraseDialog.new.hint': 'Mindestens {min} Zeichen; ein paar Wörter lassen sich leicht merken.',
  'passphraseDialog.repeat': 'Passphrase wiederholen',
  'passphraseDialog.repeatNew': 'Neue Passphrase wiederholen',
  'passphraseDialog.remember': 'Auf diesem Computer merken',
  'passphraseDialog.remember.hint':
    'Dieser Computer bewahrt den Schlüssel für Ihren Windows-Benutzer verschlüsselt auf und fragt nicht erneut. Verwenden Sie dies nur auf einem Computer, dem Sie vertrauen.',
  'passphraseDialog.busy.check': 'Passphrase wird geprüft…',
  'passphraseDialog.busy.seal': 'Kennwörter werden verschlüsselt…',
  // Hilfe (F1), Tastenkombinationen und die Microsoft-Dokumentation hinter den Exchange-Hinweisen
  'help.documentation': 'Microsoft-Dokumentation:',
  'help.opensInBrowser': '{name} (wird im Browser geöffnet)',
  'help.topic.configureImap4': 'IMAP4 in Exchange Server aktivieren und konfigurieren',
  'help.topic.exchangeCertificates': 'Zertifikate in Exchange Server',
  'help.button': 'Hilfe',
  'help.close': 'Schließen',
  'help.accounts.title': 'Hilfe: Konten verbinden',
  'help.accounts.steps':
    'Wählen Sie „Neues E-Mail-Konto“ und unter „Verbindungsmethode“ IMAP. Geben Sie Server, Port und Verschlüsselung ein oder lassen Sie sie mit „Einstellungen ermitteln“ bestimmen, dann Verbindungsname, Postfachadresse, Benutzername und Kennwort. Speichern Sie und wählen Sie „Verbindung testen“: Der Test meldet sich an, liest den Posteingang (INBOX) und prüft die Verarbeitungsordner; er ändert nichts, außer Sie lassen fehlende Ordner anlegen.',
  'help.accounts.exchange':
    'Bei Exchange (lokal) muss IMAP4 aktiviert sein und beide IMAP4-Dienste müssen laufen, das Postfach muss IMAP erlauben, und dieser Computer muss dem für IMAP zugewiesenen Zertifikat vertrauen (oder Sie vertrauen ihm über seinen Fingerabdruck). Ein freigegebenes Postfach wird mit dem eigenen Kennwort eines Benutzers als DOMÄNE\\benutzer\\alias gelesen, sobald dieser Benutzer Vollzugriff darauf hat.',
  'help.overview.title': 'Hilfe: Übersicht',
  'help.overview.text':
    'Die Übersicht zählt die Konten und zeigt den letzten Test jedes Kontos. Unter „Konten verbinden“ legen Sie Konten an, ändern und testen sie.',
  'help.shortcuts.title': 'Tastenkombinationen',
  'help.shortcuts.command': 'Befehl',
  'help.shortcuts.keys': 'Tasten',
  'help.shortcuts.openHelp': 'Hilfe zu dieser Seite',
  // Issue 16: Microsoft 365 app-only tokens (the token stage, src/core/oauth/)
  'stageTitle.token': 'Zugriffstoken (Entra ID)',
  'stageDuring.token': 'der Tokenanforderung bei Entra ID',
  'stage.token.issued':
    'Token von {authority} für {audience}, Mandant {tenant}, App {clientId}; Rollen: {roles}; gültig bis {expiresAt}',
  'stage.token.noRoles': 'keine',
  'stage.token.refused': 'kein Token von {authority} für Mandant {tenant}, App {clientId}',
  'oauth.warning.imapRoleMissing':
    'Das Token enthält die Rolle {role} nicht, deshalb lehnt Exchange Online die IMAP-Anmeldung ab. Öffnen Sie in Entra ID „App-Registrierungen“ > {clientId} > „API-Berechtigungen“, fügen Sie „Office 365 Exchange Online“ > „Anwendungsberechtigungen“ > {role} hinzu und erteilen Sie die Administratorzustimmung.',
  'oauth.warning.graphRoleMissing':
    'Das Token enthält weder {readRole} noch {readWriteRole}, deshalb verweigert Microsoft Graph den Zugriff auf das Postfach. Öffnen Sie in Entra ID „App-Registrierungen“ > {clientId} > „API-Berechtigungen“, fügen Sie „Microsoft Graph“ > „Anwendungsberechtigungen“ > {readWriteRole} hinzu und erteilen Sie die Administratorzustimmung.',
  'oauth.warning.graphReadOnly':
    'Das Token enthält {readRole}, aber nicht {readWriteRole}: Das Postfach kann gelesen werden, fehlende Verarbeitungsordner lassen sich aber nicht anlegen und E-Mails nicht verschieben. Fügen Sie unter „App-Registrierungen“ > {clientId} > „API-Berechtigungen“ {readWriteRole} hinzu und erteilen Sie die Administratorzustimmung.',
  'oauth.warning.audienceMismatch':
    'Das Token gilt für {audience}, nicht für {resource}: Autorität und Server müssen zur selben Microsoft-Cloud gehören.',
  'oauth.invalid.hint': 'Korrigieren Sie die Microsoft 365-Einstellungen; an Entra ID wurde nichts gesendet.',
  'oauth.invalid.authority':
    'Die Autorität {authority} ist keine https-Adresse eines Anmeldedienstes (etwa login.microsoftonline.com).',
  'oauth.invalid.resource': 'Die Ressource {resource} ist keine https-Adresse (etwa https://outlook.office365.com).',
  'oauth.invalid.tenant': 'Geben Sie als Mandanten eine Mandanten-ID oder eine Domäne wie contoso.onmicrosoft.com ein.',
  'oauth.invalid.clientId':
    'Die Anwendungs-ID (Client) muss die GUID sein, die unter „App-Registrierungen“ > „Übersicht“ steht.',
  'oauth.invalid.secretEmpty': 'Geben Sie den geheimen Clientschlüssel ein.',
  'oauth.invalid.certificate':
    'Die Zertifikatsdatei muss das Zertifikat und seinen unverschlüsselten privaten Schlüssel im PEM-Format enthalten ({problem}).',
  'oauth.invalid.certificateNoKey': 'kein privater Schlüssel gefunden',
  'oauth.invalid.certificateNoCertificate': 'kein Zertifikat gefunden',
  'oauth.invalid.certificateMismatch': 'der private Schlüssel gehört nicht zum Zertifikat',
  'oauth.invalid.certificateUnreadable':
    'der private Schlüssel ist nicht lesbar; einen verschlüsselten Schlüssel exportieren Sie bitte ohne Kennwort',
  'oauth.tenantNotFound.message': 'Entra ID unter {authority} kennt den Mandanten {tenant} nicht.',
  'oauth.tenantNotFound.hint':
    'Geben Sie die Verzeichnis-ID (Mandanten-ID) aus Entra ID > „Übersicht“ ein oder eine verifizierte Domäne wie contoso.onmicrosoft.com. Ein Mandant in der US-Government- oder China-Cloud braucht die Autorität dieser Cloud.',
  'oauth.appNotFound.message': 'Die Anwendung {clientId} ist im Mandanten {tenant} nicht registriert.',
  'oauth.appNotFound.hint':
    'Kopieren Sie die Anwendungs-ID (Client) aus Entra ID > „App-Registrierungen“ > „Übersicht“ dieses Mandanten. Eine in einem anderen Mandanten registrierte App muss hier zuerst durch die Zustimmung eines Administrators hinzugefügt werden („Unternehmensanwendungen“).',
  'oauth.secretInvalid.message': 'Entra ID hat den geheimen Clientschlüssel der Anwendung {clientId} abgelehnt.',
  'oauth.secretInvalid.hint':
    'Geben Sie den Wert des geheimen Schlüssels ein, nicht seine ID: „App-Registrierungen“ > {clientId} > „Zertifikate & Geheimnisse“ zeigt den Wert nur direkt nach „Neuer geheimer Clientschlüssel“; legen Sie einen neuen an, wenn er nicht kopiert wurde.',
  'oauth.secretExpired.message': 'Der geheime Clientschlüssel der Anwendung {clientId} ist abgelaufen.',
  'oauth.secretExpired.hint':
    'Legen Sie unter „App-Registrierungen“ > {clientId} > „Zertifikate & Geheimnisse“ > „Neuer geheimer Clientschlüssel“ einen neuen an, geben Sie ihn hier ein und notieren Sie sein Ablaufdatum.',
  'oauth.certNotRegistered.message':
    'Das Zertifikat mit dem Fingerabdruck {thumbprint} ist für die Anwendung {clientId} nicht registriert.',
  'oauth.certNotRegistered.hint':
    'Laden Sie das Zertifikat (die .cer-Datei ohne Schlüssel) unter „App-Registrierungen“ > {clientId} > „Zertifikate & Geheimnisse“ > „Zertifikate“ hoch, oder geben Sie diesem Konto das dort registrierte Zertifikat.',
  'oauth.certExpired.message':
    'Das Zertifikat mit dem Fingerabdruck {thumbprint} der Anwendung {clientId} ist abgelaufen.',
  'oauth.certExpired.hint':
    'Erstellen Sie ein neues Zertifikat, laden Sie es unter „App-Registrierungen“ > {clientId} > „Zertifikate & Geheimnisse“ > „Zertifikate“ hoch und geben Sie es diesem Konto.',
  'oauth.tokenFailed.message':
    'Entra ID hat für die Anwendung {clientId} im Mandanten {tenant} kein Token ausgestellt: {reason}',
  'oauth.tokenFailed.hint':
    'Schlagen Sie den AADSTS-Code aus der Begründung unter https://login.microsoftonline.com/error nach und prüfen Sie die App-Registrierung; kopieren Sie die Diagnose für den Support.',
  'oauth.authority.unreachable.message': '{authority} ist von diesem Computer aus nicht erreichbar ({code}).',
  'oauth.authority.timeout.message': '{authority} hat nicht innerhalb von {seconds} s geantwortet.',
  'oauth.authority.network.hint':
    'Dieser Computer muss {authority} über HTTPS (Port 443) erreichen: Prüfen Sie Proxy und Firewall und ob das Konto die richtige Microsoft-Cloud verwendet.',
  'oauth.authority.tls.message': 'Die HTTPS-Verbindung zu {authority} konnte nicht gesichert werden ({code}).',
  'oauth.authority.tls.hint':
    'Ein Proxy, der HTTPS untersucht, ersetzt womöglich das Zertifikat von Microsoft: Stufen Sie die Zertifizierungsstelle des Proxys auf diesem Computer als vertrauenswürdig ein oder nehmen Sie {authority} von der Untersuchung aus.',
  'failureTitle.oauthTenantNotFound': 'Der Mandant wurde in Entra ID nicht gefunden',
  'failureTitle.oauthAppNotFound': 'Die Anwendung ist im Mandanten nicht registriert',
  'failureTitle.oauthSecretInvalid': 'Der geheime Clientschlüssel wurde abgelehnt',
  'failureTitle.oauthSecretExpired': 'Der geheime Clientschlüssel ist abgelaufen',
  'failureTitle.oauthCertNotRegistered': 'Das Zertifikat ist für die Anwendung nicht registriert',
  'failureTitle.oauthCertExpired': 'Das Zertifikat der Anwendung ist abgelaufen',
  'failureTitle.oauthTokenFailed': 'Entra ID hat kein Zugriffstoken ausgestellt',
  'failureBadge.oauthTenantNotFound': 'Mandant unbekannt',
  'failureBadge.oauthAppNotFound': 'App unbekannt',
  'failureBadge.oauthSecretInvalid': 'Schlüssel abgelehnt',
  'failureBadge.oauthSecretExpired': 'Schlüssel abgelaufen',
  'failureBadge.oauthCertNotRegistered': 'Zertifikat nicht registriert',
  'failureBadge.oauthCertExpired': 'App-Zertifikat abgelaufen',
  'failureBadge.oauthTokenFailed': 'Kein Token',
  // Issue 16: IMAP with OAuth 2.0 (XOAUTH2) in the connection test
  'stage.auth.signedInWithToken': 'angemeldet als {user} mit einem Zugriffstoken (OAuth 2.0)',
  'failure.invalid.tokenControl': 'Das Zugriffstoken darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.',
  'failure.oauthTokenExpired.message':
    'Der Server hat das Zugriffstoken abgelehnt: Es ist seit {expiredAt} abgelaufen.',
  'failure.oauthTokenExpired.hint':
    'Fordern Sie ein neues Token an und testen Sie erneut. Ist schon ein frisch ausgestelltes Token abgelaufen, prüfen Sie Uhrzeit und Zeitzone dieses Computers.',
  'failure.oauthTokenAudience.message':
    'Der Server hat das Zugriffstoken abgelehnt: Es gilt für {audience}, nicht für {expected}.',
  'failure.oauthTokenAudience.hint':
    'Fordern Sie das Token mit dem Bereich (Scope) {expected}/.default an, für IMAP also die API „Office 365 Exchange Online“, nicht Microsoft Graph.',
  'failure.oauthTokenRejected.message': 'Der Server hat das Zugriffstoken für {mailbox} abgelehnt.',
  'failure.oauthTokenRejected.hint':
    'Prüfen Sie, ob Mandant, Anwendungs-ID (Client-ID) {clientId} und Autorität zum selben Entra-ID-Mandanten gehören wie das Postfach und ob die App die Anwendungsberechtigung IMAP.AccessAsApp mit Administratorzustimmung hat.',
  'failure.oauthImapNotAuthorized.message':
    'Exchange Online hat das Zugriffstoken angenommen, die Anmeldung an {mailbox} aber verweigert ({reply}).',
  'failure.oauthImapNotAuthorized.hint':
    'Der Dienstprinzipal der App ist in Exchange Online nicht registriert. Führen Sie in Exchange Online PowerShell aus: New-ServicePrincipal -AppId {clientId} -ObjectId {objectId}. Die Objekt-ID ist die der Unternehmensanwendung (Entra ID > Unternehmensanwendungen), nicht die der App-Registrierung. Geben Sie ihm danach Zugriff auf das Postfach (Add-MailboxPermission … -AccessRights FullAccess).',
  'failure.oauthMailboxNoAccess.message':
    'Die Anmeldung mit dem Zugriffstoken ist gelungen, aber Exchange Online öffnet {mailbox} nicht für die App {clientId} ({reply}).',
  'failure.oauthMailboxNoAccess.hint':
    'Geben Sie dem Dienstprinzipal in Exchange Online PowerShell Vollzugriff auf das Postfach: Add-MailboxPermission -Identity {mailbox} -User {servicePrincipalId} -AccessRights FullAccess. Eine neue Berechtigung kann eine Weile brauchen, bis sie wirkt. Prüfen Sie auch, ob das Postfach existiert und IMAP dafür aktiviert ist (Set-CASMailbox -ImapEnabled $true).',
  'failureTitle.oauthTokenRejected': 'Das Zugriffstoken wurde abgelehnt',
  'failureTitle.oauthImapNotAuthorized': 'Die App ist in Exchange Online nicht registriert',
  'failureTitle.oauthMailboxNoAccess': 'Die App darf dieses Postfach nicht öffnen',
  'failureBadge.oauthTokenRejected': 'Token vom IMAP-Server abgelehnt',
  'failureBadge.oauthImapNotAuthorized': 'App nicht registriert',
  'failureBadge.oauthMailboxNoAccess': 'Kein Postfachzugriff',
  // Issue 16: Microsoft Graph connection test (src/core/graph/)
  'stageTitle.graph': 'Zugriff über Microsoft Graph',
  'stageDuring.graph': 'des Zugriffs über Microsoft Graph',
  'failureTitle.graphTokenRejected': 'Microsoft Graph hat das Zugriffstoken abgelehnt',
  'failureTitle.graphPermissionMissing': 'Der App fehlt die Berechtigung, E-Mails zu lesen',
  'failureTitle.graphMailboxNotInScope': 'Die App darf dieses Postfach nicht lesen',
  'failureTitle.graphMailboxNotFound': 'Microsoft Graph kennt dieses Postfach nicht',
  'failureTitle.graphThrottled': 'Microsoft Graph drosselt die App',
  'failureTitle.graphUnexpectedResponse': 'Unerwartete Antwort von Microsoft Graph',
  'failureBadge.graphTokenRejected': 'Token von Graph abgelehnt',
  'failureBadge.graphPermissionMissing': 'Berechtigung fehlt',
  'failureBadge.graphMailboxNotInScope': 'Postfach nicht im Bereich',
  'failureBadge.graphMailboxNotFound': 'Postfach nicht gefunden',
  'failureBadge.graphThrottled': 'Gedrosselt',
  'failureBadge.graphUnexpectedResponse': 'Unerwartete Antwort',
  'graph.stage.read': 'Posteingang (INBOX) von {mailbox} als App {app} gelesen',
  'graph.invalid.baseUrl': 'Die Microsoft-Graph-Adresse {url} hat nicht die Form https://Host, optional mit Port.',
  'graph.invalid.mailbox': 'Geben Sie die E-Mail-Adresse des Postfachs ohne Leerzeichen ein.',
  'graph.invalid.token': 'Das Zugriffstoken ist leer oder enthält Zeichen, die in einem Token nicht vorkommen.',
  'graph.placeholder.servicePrincipalId': '<Objekt-ID der Unternehmensanwendung>',
  'graph.placeholder.clientId': '<Anwendungs-ID (Client-ID)>',
  'graph.failure.appUnknown': 'unbekannt',
  'graph.failure.noRoles': 'keine',
  'graph.failure.tenantUnknown': 'dem Mandanten der App',
  'graph.failure.tokenAudience.message':
    'Das Zugriffstoken gilt für {audience}, nicht für Microsoft Graph ({resource}); deshalb hat Graph es abgelehnt.',
  'graph.failure.tokenExpired.message':
    'Das Zugriffstoken ist am {expiredAt} abgelaufen; deshalb hat Microsoft Graph es abgelehnt.',
  'graph.failure.tokenRejected.message': 'Microsoft Graph hat das Zugriffstoken abgelehnt: {reason}',
  'graph.failure.tokenRejected.hint':
    'Fordern Sie das Token mit dem Bereich {resource}/.default beim Mandanten an, zu dem das Postfach gehört (in einer nationalen Cloud bei deren eigener Autorität und deren Graph-Host), und prüfen Sie die Uhrzeit dieses Computers.',
  'graph.failure.permissionMissing.message':
    'Microsoft Graph hat den Zugriff auf {mailbox} verweigert; das Token enthält diese Anwendungsberechtigungen: {roles}.',
  'graph.failure.permissionMissing.hint':
    'Erteilen Sie der App in Microsoft Entra ID die Anwendungsberechtigung {permission} von Microsoft Graph und die Administratorzustimmung. Oder weisen Sie ihr die Rolle nur für dieses Postfach in der Exchange Online PowerShell zu (RBAC für Anwendungen; der letzte Befehl zeigt, ob das Postfach im Bereich liegt): {rbac}',
  'graph.failure.accessPolicy.message':
    'Eine Anwendungszugriffsrichtlinie von Exchange Online sperrt die App für {mailbox}.',
  'graph.failure.notInScope.message':
    'Die App hat eine Berechtigung für E-Mails, doch Exchange Online hat den Zugriff auf {mailbox} verweigert: {reason}',
  'graph.failure.accessPolicy.hint':
    'Nehmen Sie das Postfach in die Gruppe der Anwendungszugriffsrichtlinie der App auf und prüfen Sie es in der Exchange Online PowerShell: {test}. Oder ersetzen Sie die Richtlinie durch RBAC für Anwendungen, beschränkt auf dieses Postfach: {rbac}',
  'graph.failure.mailboxNotFound.message': 'Microsoft Graph kennt das Postfach {mailbox} nicht: {reason}',
  'graph.failure.mailboxNotFound.hint':
    'Prüfen Sie die Adresse: Verwenden Sie die primäre SMTP-Adresse oder den Benutzerprinzipalnamen eines Postfachs in {tenant}.',
  'graph.failure.mailboxNotInCloud.message':
    'Das Postfach {mailbox} ist inaktiv, vorläufig gelöscht oder liegt lokal (on-premises); deshalb kann Microsoft Graph es nicht lesen.',
  'graph.failure.mailboxNotInCloud.hint':
    'Ein Postfach auf einem lokalen Exchange Server (Hybrid, noch nicht migriert) wird über IMAP verbunden; prüfen Sie in Exchange Online, ob das Postfach existiert und lizenziert ist.',
  'graph.failure.throttled.message':
    'Microsoft Graph drosselt die App für dieses Postfach und bat, vor der nächsten Anfrage {seconds} s zu warten.',
  'graph.failure.throttled.hint':
    'Exchange Online erlaubt einer App je Postfach nur wenige gleichzeitige Anfragen: Beenden Sie andere Programme, die diese App für das Postfach nutzen, und testen Sie erneut.',
  'graph.failure.unexpected.message':
    '{host} hat mit Status {status} anders geantwortet, als Microsoft Graph antwortet: {reason}',
  'graph.failure.unexpected.hint':
    'Vielleicht steht ein Proxy zwischen diesem Computer und Microsoft Graph, oder die Graph-Adresse ist falsch: Prüfen Sie die Adresse und die Regeln des Proxys dafür, oder versuchen Sie es später erneut, falls Graph gestört ist.',
  'graph.failure.network.hint':
    'Prüfen Sie, ob dieser Computer {host} auf Port {port} (HTTPS) erreicht: Firewall und Proxy müssen es zulassen.',
  'graph.failure.tlsHandshake.hint':
    'Ein Proxy mit TLS-Prüfung unterbricht vielleicht die Verbindung zu {host}: Nehmen Sie den Host von der Prüfung aus, oder geben Sie im Konto die CA-Datei des Proxys an.',
  'graph.failure.unknown.hint':
    'Kopieren Sie die Diagnose: Sie zeigt jede Anfrage an Microsoft Graph und ihre Antwort.',
  'help.topic.applicationRbac': 'Rollenbasierte Zugriffssteuerung für Anwendungen in Exchange Online',
  // Issue 16: die Microsoft-365-Methoden im Kern und auf der Kommandozeile (src/core/accounts/account-secret.ts, run-method-test.ts)
  'secret.clientSecret.missing': 'Geben Sie den geheimen Clientschlüssel ein.',
  'secret.clientSecret.tooLong':
    'Der geheime Clientschlüssel ist länger als {max} Zeichen: Kopieren Sie nur seinen Wert aus „Zertifikate & Geheimnisse“.',
  'secret.clientSecret.control':
    'Der geheime Clientschlüssel darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten: Kopieren Sie nur seinen Wert aus „Zertifikate & Geheimnisse“.',
  'secret.clientSecret.bindingChanged':
    'Geben Sie den geheimen Clientschlüssel erneut ein: Verbindungsmethode, Mandant, Anwendungs-ID (Client-ID), Anmeldehost, Server, Port, Postfach oder Zertifikatsprüfung haben sich seit dem Speichern geändert.',
  'secret.clientSecret.undecryptable':
    'Geben Sie den geheimen Clientschlüssel erneut ein: Der gespeicherte lässt sich auf diesem Computer oder von diesem Windows-Benutzer nicht entschlüsseln.',
  'secret.certificate.missing':
    'Wählen Sie die Zertifikatsdatei: eine PEM-Datei mit dem Zertifikat und seinem privaten Schlüssel.',
  'secret.certificate.tooLarge':
    'Die Zertifikatsdatei ist größer als {max} KiB: Sie sollte nur das Zertifikat der App, seine Zertifikatskette und seinen privaten Schlüssel enthalten.',
  'secret.certificate.bindingChanged':
    'Wählen Sie die Zertifikatsdatei erneut: Verbindungsmethode, Mandant, Anwendungs-ID (Client-ID), Anmeldehost, Server, Port, Postfach oder Zertifikatsprüfung haben sich seit dem Speichern geändert.',
  'secret.certificate.undecryptable':
    'Wählen Sie die Zertifikatsdatei erneut: Die gespeicherte lässt sich auf diesem Computer oder von diesem Windows-Benutzer nicht entschlüsseln.',
  'stage.noToken': 'nicht gestartet: Entra ID hat kein Zugriffstoken ausgestellt',
  // Issue 16: die Microsoft-365-Methoden im Fenster (Formular, Zertifikatsdatei, Testbericht, Liste)
  'form.label.appRegistration': 'Microsoft-365-Konto',
  'form.method.imap.hint':
    'Exchange lokal (on-premises) oder ein anderer IMAP-Server: Anmeldung mit Benutzername und Kennwort.',
  'form.method.imap-oauth.hint':
    'Exchange Online über IMAP: Eine App-Registrierung in Entra ID meldet sich mit einem Token an (nur App, XOAUTH2).',
  'form.method.graph.hint':
    'Exchange Online über Microsoft Graph: Eine App-Registrierung in Entra ID liest das Postfach.',
  'form.cloud': 'Microsoft-Cloud',
  'form.cloud.global': 'Global (Microsoft 365)',
  'form.cloud.usGovernment': 'US-Regierung (GCC High, DoD)',
  'form.cloud.china': 'China (21Vianet)',
  'form.cloud.custom': 'Andere Hosts (siehe Erweitert)',
  'form.cloud.hint': 'Die Cloud, in der sich der Mandant befindet: Sie legt Anmeldehost und Server fest.',
  'form.cloud.custom.hint':
    'Die Hosts unter „Erweitert“ gehören zu keiner Microsoft-Cloud. Wählen Sie eine Cloud, um sie auszufüllen.',
  'form.section.appRegistration': 'App-Registrierung (Entra ID)',
  'form.tenant': 'Mandant',
  'form.tenant.hint': 'Verzeichnis-ID (Mandanten-ID) oder eine überprüfte Domäne, z. B. contoso.onmicrosoft.com',
  'form.clientId': 'Anwendungs-ID (Client-ID)',
  'form.clientId.hint': 'Aus Entra ID > App-Registrierungen > Übersicht der App',
  'form.clientCredential': 'Anmeldeinformation',
  'form.clientCredential.secret': 'Geheimer Clientschlüssel',
  'form.clientCredential.certificate': 'Zertifikat',
  'form.clientSecret': 'Wert des geheimen Clientschlüssels',
  'form.clientSecret.hint': 'Der „Wert“ aus „Zertifikate & Geheimnisse“, nicht die „Geheimnis-ID“.',
  'form.clientSecret.stored':
    'Ein geheimer Clientschlüssel ist gespeichert; lassen Sie das Feld leer, um ihn zu behalten.',
  'form.clientSecret.reenter':
    'Geben Sie den geheimen Clientschlüssel erneut ein: Der gespeicherte passt nicht mehr zu Mandant, Anwendung oder Hosts.',
  'form.clientSecret.locked':
    'Ein geheimer Clientschlüssel ist gespeichert, aber gesperrt: Entsperren Sie die Kennwörter auf diesem USB-Stick, um damit zu testen, oder geben Sie einen neuen ein.',
  'form.clientSecret.show': 'Geheimen Clientschlüssel anzeigen',
  'form.clientSecret.hide': 'Geheimen Clientschlüssel ausblenden',
  'form.certificate': 'Zertifikat mit privatem Schlüssel',
  'form.certificate.hint':
    'Eine PFX- oder PEM-Datei mit dem Zertifikat und seinem privaten Schlüssel; laden Sie das Zertifikat (ohne Schlüssel) in der App-Registrierung hoch.',
  'form.certificate.none': 'Kein Zertifikat gewählt.',
  'form.certificate.chosen': '{file} gewählt; es wird beim Speichern mit dem Konto abgelegt.',
  'form.certificate.stored':
    'Ein Zertifikat ist gespeichert; wählen Sie nur dann eine andere Datei, wenn Sie es ersetzen möchten.',
  'form.certificate.reenter':
    'Wählen Sie das Zertifikat erneut: Das gespeicherte passt nicht mehr zu Mandant, Anwendung oder Hosts.',
  'form.certificate.subject': 'Antragsteller: {subject}',
  'form.certificate.thumbprint': 'Fingerabdruck (SHA-1): {thumbprint}',
  'form.certificate.notAfter': 'Gültig bis {date}',
  'form.certificate.choose': 'Zertifikat wählen…',
  'form.certificate.replace': 'Anderes Zertifikat wählen…',
  'form.mailbox': 'Postfach',
  'form.mailbox.hint':
    'Die Adresse des Postfachs, z. B. rechnungen@contoso.com: Die App meldet sich an diesem Postfach an.',
  'form.section.hosts': 'Microsoft-365-Hosts',
  'form.authorityHost': 'Anmeldehost',
  'form.authorityHost.hint': 'Von hier kommen die Token, z. B. login.microsoftonline.com',
  'form.imapHost': 'IMAP-Host',
  'form.imapHost.hint': 'Der IMAP-Server von Exchange Online, z. B. outlook.office365.com',
  'form.graphHost': 'Microsoft-Graph-Host',
  'form.graphHost.hint': 'Immer HTTPS auf Port 443, z. B. graph.microsoft.com',
  'form.advanced.summary.appRegistration': 'Hosts, Zertifikatsvertrauen, Verarbeitungsordner',
  'certificateFile.dialogTitle': 'Zertifikat der App wählen',
  'certificateFile.fileType': 'Zertifikat mit privatem Schlüssel (PEM)',
  'certificateFile.pfxFileType': 'PFX-Datei (PKCS#12)',
  'certificateFile.tooLarge':
    'Die Datei ist {size} KB groß; ein Zertifikat mit Schlüssel hat höchstens {max} KB. Ist es die richtige Datei?',
  'certificateFile.unreadable': '{file} kann nicht gelesen werden ({code}).',
  'certificateFile.chooseAgain': 'Das gewählte Zertifikat ist nicht mehr geöffnet: Wählen Sie es erneut.',
  'report.token.title': 'Zugriffstoken',
  'report.token.warningTitle': 'Berechtigung fehlt',
  'report.token.authority': 'Autorität',
  'report.token.tenant': 'Mandant',
  'report.token.clientId': 'Anwendungs-ID (Client-ID)',
  'report.token.credential': 'Anmeldeinformation',
  'report.token.credential.secret': 'Geheimer Clientschlüssel',
  'report.token.credential.certificate': 'Zertifikat, Fingerabdruck (SHA-1) {thumbprint}',
  'report.token.resource': 'Angefordert für',
  'report.token.audience': 'Zielgruppe (Audience)',
  'report.token.roles': 'Anwendungsberechtigungen (Rollen)',
  'report.token.roles.none': 'keine',
  'report.token.expiresAt': 'Gültig bis',
  'report.token.none': 'Entra ID hat kein Token ausgestellt; seine Berechtigungen sind daher unbekannt.',
  'report.powershell.label': 'PowerShell',
  'report.powershell.intro': 'In Exchange Online PowerShell ausführen (zuerst Connect-ExchangeOnline):',
  'report.powershell.copy': 'Kopieren',
  'report.powershell.copied': 'Kopiert',
  'report.powershell.copiedLine': 'PowerShell-Zeile {line} in die Zwischenablage kopiert.',
  'badge.method.imap-oauth': 'OAuth',
  'badge.method.graph': 'Graph',
  // Issue 16: PFX (PKCS#12) app certificates (src/core/oauth/pfx-to-pem.ts, the CLI, the form's certificate field)
  'pfx.notPfx': 'Die Datei ist weder ein PEM-Zertifikat noch eine PFX-Datei (PKCS#12).',
  'pfx.passwordNeeded': 'Die PFX-Datei ist kennwortgeschützt: Geben Sie das Kennwort ein, um sie zu öffnen.',
  'pfx.passwordWrong': 'Das Kennwort öffnet die PFX-Datei nicht.',
  'pfx.noKey': 'Die PFX-Datei enthält keinen privaten Schlüssel: Exportieren Sie sie erneut mit privatem Schlüssel.',
  'pfx.noCertificate': 'Die PFX-Datei enthält kein Zertifikat.',
  'pfx.keyUnreadable': 'Der private Schlüssel in der PFX-Datei kann nicht gelesen werden.',
  'pfx.mismatch': 'Der private Schlüssel in der PFX-Datei gehört zu keinem ihrer Zertifikate.',
  'pfx.unsupported':
    'Die PFX-Datei ist mit einem Verfahren verschlüsselt, das diese App nicht öffnen kann; exportieren Sie sie erneut mit AES-256 oder 3DES.',
  'form.certificate.pfxPassword': 'Kennwort der PFX-Datei',
  'form.certificate.pfxPasswordHint':
    'Wird nur zum Öffnen der Datei verwendet: Zertifikat und Schlüssel werden mit dem Konto gespeichert, das Kennwort nicht.',
  'form.certificate.chosenLocked':
    '{file} gewählt; die Datei ist kennwortgeschützt: Geben Sie das Kennwort ein, um sie zu öffnen.',
  'form.certificate.pfxOpen': 'Öffnen',
  'form.certificate.pfxPasswordEmpty': 'Geben Sie das Kennwort der PFX-Datei ein.',
};
