<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Dsp::Core</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response from %1 larger than %2 MiB, cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without a valid reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in the expected protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request to %1 abandoned: the network layer was shut down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::DashboardPage</name>
    <message>
        <source>Stack health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile points at the local sandbox stack, not a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every check again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Health</name>
    <message>
        <source>invalid answer from %1: expected {&quot;available&quot;: true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte reports it is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dremio reports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid answer from %1: expected &quot;OK&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials: login and version not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server running, but login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused for user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid answer from %1: no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials: version and databases not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, but the status query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>missing database(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials: keys and buckets not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing bucket(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys accepted; buckets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1 answers HTTP/1, not HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1 does not speak HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1 closed the connection without an HTTP/2 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: HTTP %1 %2 is not a gRPC answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC health check failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC health: NOT_SERVING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC health: SERVICE_UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC health: UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port open, gRPC health not verified: malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API asks for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the login is tried again at most every %n minute(s)</source>
        <translation>
            <numerusform>the login is tried again at most every minute</numerusform>
            <numerusform>the login is tried again at most every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer as a PostgreSQL server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 503 from %1 and %2: no read or write quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: HTTP 503 from %1, no write quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from GetSystemInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetSystemInfo answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server_version in GetSystemInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::HistoryStrip</name>
    <message>
        <source>No checks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up in %1 of the last %n check(s)</source>
        <translation>
            <numerusform>Up in %1 of the last check</numerusform>
            <numerusform>Up in %1 of the last %n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::MainWindow</name>
    <message>
        <source>Data Stack Panel — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Stack Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte sources, created with a form generated from each connector&apos;s specification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte destinations such as the MinIO staging bucket and PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections between sources and destinations: streams, sync modes, cursors and schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync jobs with live progress and alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job logs from the Airbyte API and the airbyte-logs bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::PlaceholderPage</name>
    <message>
        <source>This page is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::S3</name>
    <message>
        <source>the S3 server sent an unexpected answer to a bucket listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the S3 server sent malformed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the S3 server rejected the request signature (SignatureDoesNotMatch): check the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the S3 server does not know this access key (InvalidAccessKeyId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock differs too much from the S3 server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied to bucket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict on bucket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the S3 server failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP %1 from the S3 server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Secrets</name>
    <message>
        <source>credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ServiceCard</name>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint set for this service in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each check up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never written to the profile file. Until the credential store arrives they are read from the environment (DSP_POSTGRES_PASSWORD, DSP_MINIO_SECRET_KEY, DSP_DREMIO_PASSWORD) and kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Control panel for a self-hosted data stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every service once, print the result and exit (0 when all are up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check, print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the profile from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check, the exit code is 0 when every configured service is up, 1 when one is degraded or down, 2 on a bad command line or a missing profile file, 3 when the profile configures no service.
--check --json prints one array of objects: service, name, status (up, degraded, down, not_configured), code (a stable reason code: %1), latency_ms, version, version_unknown_reason, reason (translated) and details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service configured in profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
