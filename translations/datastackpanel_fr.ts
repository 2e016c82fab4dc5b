<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Dsp::Core</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>délai dépassé après %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>response from %1 larger than %2 MiB, cut off</source>
        <translation>réponse de %1 de plus de %2 Mio, interrompue</translation>
    </message>
    <message>
        <source>connection refused on %1</source>
        <translation>connexion refusée sur %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable : %1</translation>
    </message>
    <message>
        <source>%1 closed the connection without a valid reply</source>
        <translation>%1 a fermé la connexion sans réponse valide</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed</source>
        <translation>échec de la négociation TLS avec %1</translation>
    </message>
    <message>
        <source>%1 did not answer in the expected protocol</source>
        <translation>%1 n&apos;a pas répondu dans le protocole attendu</translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation>erreur réseau avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>request to %1 abandoned: the network layer was shut down</source>
        <translation>requête vers %1 abandonnée : la couche réseau a été arrêtée</translation>
    </message>
</context>
<context>
    <name>Dsp::DashboardPage</name>
    <message>
        <source>Stack health</source>
        <translation>État de la pile</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>This profile points at the local sandbox stack, not a real one.</source>
        <translation>Ce profil pointe vers la pile locale de bac à sable, pas vers une vraie pile.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Run every check again now (F5)</source>
        <translation>Relancer toutes les vérifications maintenant (F5)</translation>
    </message>
    <message>
        <source>Last round %1</source>
        <translation>Dernière vérification %1</translation>
    </message>
</context>
<context>
    <name>Dsp::Health</name>
    <message>
        <source>invalid answer from %1: expected {&quot;available&quot;: true}</source>
        <translation>réponse invalide de %1 : {&quot;available&quot;: true} attendu</translation>
    </message>
    <message>
        <source>Airbyte reports it is not available</source>
        <translation>Airbyte indique qu&apos;il n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <translation>édition %1</translation>
    </message>
    <message>
        <source>Dremio reports %1</source>
        <translation>Dremio signale %1</translation>
    </message>
    <message>
        <source>invalid answer from %1: expected &quot;OK&quot;</source>
        <translation>réponse invalide de %1 : &quot;OK&quot; attendu</translation>
    </message>
    <message>
        <source>no credentials: login and version not checked</source>
        <translation>pas d’identifiants : connexion et version non vérifiées</translation>
    </message>
    <message>
        <source>server running, but login failed: %1</source>
        <translation>serveur en marche, mais échec de la connexion : %1</translation>
    </message>
    <message>
        <source>login refused for user %1</source>
        <translation>connexion refusée pour l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>login refused for user %1: %2</source>
        <translation>connexion refusée pour l&apos;utilisateur %1 : %2</translation>
    </message>
    <message>
        <source>invalid answer from %1: no token</source>
        <translation>réponse invalide de %1 : pas de jeton</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>could not connect to %1:%2</source>
        <translation>impossible de se connecter à %1:%2</translation>
    </message>
    <message>
        <source>no credentials: version and databases not checked</source>
        <translation>pas d’identifiants : version et bases non vérifiées</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>connected, but the status query failed: %1</source>
        <translation>connecté, mais la requête d&apos;état a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>missing database(s): %1</source>
        <translation>base(s) manquante(s) : %1</translation>
    </message>
    <message>
        <source>no credentials: keys and buckets not checked</source>
        <translation>pas d’identifiants : clés et buckets non vérifiés</translation>
    </message>
    <message>
        <source>missing bucket(s): %1</source>
        <translation>bucket(s) manquant(s) : %1</translation>
    </message>
    <message>
        <source>keys accepted; buckets: %1</source>
        <translation>clés acceptées ; buckets : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1 answers HTTP/1, not HTTP/2</source>
        <translation>port ouvert, santé gRPC non vérifiée : %1 répond en HTTP/1, pas en HTTP/2</translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1 does not speak HTTP/2</source>
        <translation>port ouvert, santé gRPC non vérifiée : %1 ne parle pas HTTP/2</translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1 closed the connection without an HTTP/2 answer</source>
        <translation>port ouvert, santé gRPC non vérifiée : %1 a fermé la connexion sans réponse HTTP/2</translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1</source>
        <translation>port ouvert, santé gRPC non vérifiée : %1</translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: HTTP %1 %2 is not a gRPC answer</source>
        <translation>port ouvert, santé gRPC non vérifiée : HTTP %1 %2 n&apos;est pas une réponse gRPC</translation>
    </message>
    <message>
        <source>gRPC health check failed (%1)</source>
        <translation>échec du contrôle de santé gRPC (%1)</translation>
    </message>
    <message>
        <source>gRPC health: NOT_SERVING</source>
        <translation>santé gRPC : NOT_SERVING</translation>
    </message>
    <message>
        <source>gRPC health: SERVICE_UNKNOWN</source>
        <translation>santé gRPC : SERVICE_UNKNOWN</translation>
    </message>
    <message>
        <source>gRPC health: UNKNOWN</source>
        <translation>santé gRPC : UNKNOWN</translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: malformed reply</source>
        <translation>port ouvert, santé gRPC non vérifiée : réponse mal formée</translation>
    </message>
    <message>
        <source>the API asks for a login</source>
        <translation>l’API demande une connexion</translation>
    </message>
    <message>
        <source>no version in %1</source>
        <translation>pas de version dans %1</translation>
    </message>
    <message numerus="yes">
        <source>the login is tried again at most every %n minute(s)</source>
        <translation>
            <numerusform>la connexion est retentée au plus toutes les %n minute</numerusform>
            <numerusform>la connexion est retentée au plus toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>réponse inattendue</translation>
    </message>
    <message>
        <source>%1 does not answer as a PostgreSQL server: %2</source>
        <translation>%1 ne répond pas comme un serveur PostgreSQL : %2</translation>
    </message>
    <message>
        <source>HTTP 503 from %1 and %2: no read or write quorum</source>
        <translation>HTTP 503 de %1 et %2 : pas de quorum en lecture ni en écriture</translation>
    </message>
    <message>
        <source>read-only: HTTP 503 from %1, no write quorum</source>
        <translation>lecture seule : HTTP 503 de %1, pas de quorum en écriture</translation>
    </message>
    <message>
        <source>HTTP %1 from GetSystemInfo</source>
        <translation>HTTP %1 de GetSystemInfo</translation>
    </message>
    <message>
        <source>GetSystemInfo answered %1</source>
        <translation>GetSystemInfo a répondu %1</translation>
    </message>
    <message>
        <source>no server_version in GetSystemInfo</source>
        <translation>pas de server_version dans GetSystemInfo</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>déconnecté</translation>
    </message>
</context>
<context>
    <name>Dsp::HistoryStrip</name>
    <message>
        <source>No checks yet</source>
        <translation>Aucune vérification pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Up in %1 of the last %n check(s)</source>
        <translation>
            <numerusform>Disponible lors de %1 de la dernière vérification</numerusform>
            <numerusform>Disponible lors de %1 des %n dernières vérifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::MainWindow</name>
    <message>
        <source>Data Stack Panel — Sandbox</source>
        <translation>Data Stack Panel — Bac à sable</translation>
    </message>
    <message>
        <source>Data Stack Panel</source>
        <translation>Data Stack Panel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Airbyte sources, created with a form generated from each connector&apos;s specification.</source>
        <translation>Les sources Airbyte, créées avec un formulaire généré à partir de la spécification de chaque connecteur.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Airbyte destinations such as the MinIO staging bucket and PostgreSQL.</source>
        <translation>Les destinations Airbyte, comme le bucket de staging MinIO et PostgreSQL.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connections between sources and destinations: streams, sync modes, cursors and schedules.</source>
        <translation>Les connexions entre sources et destinations : flux, modes de synchronisation, curseurs et planifications.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Sync jobs with live progress and alerts.</source>
        <translation>Les tâches de synchronisation, avec progression en direct et alertes.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Job logs from the Airbyte API and the airbyte-logs bucket.</source>
        <translation>Les journaux des tâches, depuis l&apos;API Airbyte et le bucket airbyte-logs.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>Dsp::PlaceholderPage</name>
    <message>
        <source>This page is not built yet.</source>
        <translation>Cette page n&apos;est pas encore réalisée.</translation>
    </message>
</context>
<context>
    <name>Dsp::S3</name>
    <message>
        <source>the S3 server sent an unexpected answer to a bucket listing</source>
        <translation>le serveur S3 a envoyé une réponse inattendue à une liste de bucket</translation>
    </message>
    <message>
        <source>the S3 server sent malformed XML</source>
        <translation>le serveur S3 a envoyé un XML mal formé</translation>
    </message>
    <message>
        <source>the S3 server rejected the request signature (SignatureDoesNotMatch): check the secret key</source>
        <translation>le serveur S3 a rejeté la signature de la requête (SignatureDoesNotMatch) : vérifiez la clé secrète</translation>
    </message>
    <message>
        <source>the S3 server does not know this access key (InvalidAccessKeyId)</source>
        <translation>le serveur S3 ne connaît pas cette clé d&apos;accès (InvalidAccessKeyId)</translation>
    </message>
    <message>
        <source>this computer&apos;s clock differs too much from the S3 server&apos;s</source>
        <translation>l&apos;horloge de cet ordinateur diffère trop de celle du serveur S3</translation>
    </message>
    <message>
        <source>bucket %1 does not exist</source>
        <translation>le bucket %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>access denied to bucket %1</source>
        <translation>accès refusé au bucket %1</translation>
    </message>
    <message>
        <source>conflict on bucket %1: %2</source>
        <translation>conflit sur le bucket %1 : %2</translation>
    </message>
    <message>
        <source>the S3 server failed (HTTP %1)</source>
        <translation>le serveur S3 a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected HTTP %1 from the S3 server</source>
        <translation>HTTP %1 inattendu du serveur S3</translation>
    </message>
</context>
<context>
    <name>Dsp::Secrets</name>
    <message>
        <source>credential store</source>
        <translation>coffre d’identifiants</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>aucun secret enregistré</translation>
    </message>
    <message>
        <source>the credential store failed: %1</source>
        <translation>le coffre d’identifiants a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Dsp::ServiceCard</name>
    <message>
        <source>Latency:</source>
        <translation>Latence :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation>Dernière vérification :</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Dernier changement :</translation>
    </message>
    <message>
        <source>Open web UI</source>
        <translation>Ouvrir l&apos;interface web</translation>
    </message>
    <message>
        <source>%1 (checking…)</source>
        <translation>%1 (vérification…)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No endpoint set for this service in the profile.</source>
        <translation>Aucune adresse définie pour ce service dans le profil.</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnue (%1)</translation>
    </message>
</context>
<context>
    <name>Dsp::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Vérifier toutes les :</translation>
    </message>
    <message>
        <source>Give each check up to:</source>
        <translation>Durée maximale par vérification :</translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation>Fichier de profil :</translation>
    </message>
    <message>
        <source>Passwords are never written to the profile file. Until the credential store arrives they are read from the environment (DSP_POSTGRES_PASSWORD, DSP_MINIO_SECRET_KEY, DSP_DREMIO_PASSWORD) and kept in memory.</source>
        <translation>Les mots de passe ne sont jamais écrits dans le fichier de profil. En attendant le coffre d&apos;identifiants, ils sont lus dans l&apos;environnement (DSP_POSTGRES_PASSWORD, DSP_MINIO_SECRET_KEY, DSP_DREMIO_PASSWORD) et gardés en mémoire.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Control panel for a self-hosted data stack.</source>
        <translation>Panneau de contrôle pour une pile de données auto-hébergée.</translation>
    </message>
    <message>
        <source>Check every service once, print the result and exit (0 when all are up).</source>
        <translation>Vérifier chaque service une fois, afficher le résultat et quitter (0 si tous sont disponibles).</translation>
    </message>
    <message>
        <source>With --check, print one JSON array.</source>
        <translation>Avec --check, afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>Read the profile from &lt;file&gt;.</source>
        <translation>Lire le profil depuis &lt;file&gt;.</translation>
    </message>
    <message>
        <source>With --check, the exit code is 0 when every configured service is up, 1 when one is degraded or down, 2 on a bad command line or a missing profile file, 3 when the profile configures no service.
--check --json prints one array of objects: service, name, status (up, degraded, down, not_configured), code (a stable reason code: %1), latency_ms, version, version_unknown_reason, reason (translated) and details.</source>
        <translation>Avec --check, le code de sortie vaut 0 si chaque service configuré est disponible, 1 si l’un est dégradé ou indisponible, 2 pour une ligne de commande invalide ou un fichier de profil absent, 3 si le profil ne configure aucun service.
--check --json affiche un tableau d’objets : service, name, status (up, degraded, down, not_configured), code (un code de raison stable : %1), latency_ms, version, version_unknown_reason, reason (traduit) et details.</translation>
    </message>
    <message>
        <source>no service configured in profile %1</source>
        <translation>aucun service configuré dans le profil %1</translation>
    </message>
    <message>
        <source>profile file not found: %1</source>
        <translation>fichier de profil introuvable : %1</translation>
    </message>
</context>
</TS>
