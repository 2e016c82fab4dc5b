<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Dsp::Airbyte</name>
    <message>
        <source>The connector&apos;s specification is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <extracomment>An untitled choice of a connector setting; %1 is its number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <extracomment>Next to a form field that must be filled in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a setting of this connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches none of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches more than one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not hold the same value twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <extracomment>Next to a form field; %1 is the only value it takes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n characters long</source>
        <translation>
            <numerusform>must be at least %n character long</numerusform>
            <numerusform>must be at least %n characters long</numerusform>
        </translation>
    </message>
    <message>
        <source>must be one character at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters long</source>
        <translation>
            <numerusform>must be at most %n character long</numerusform>
            <numerusform>must be at most %n characters long</numerusform>
        </translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n entries</source>
        <translation>
            <numerusform>needs at least %n entry</numerusform>
            <numerusform>needs at least %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>takes one entry at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n entries</source>
        <translation>
            <numerusform>takes at most %n entry</numerusform>
            <numerusform>takes at most %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a group of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the expected form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the expected form, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MinIO data lake (S3, Parquet)</source>
        <extracomment>A preset of the new destination form; S3 and Parquet are not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the synced tables as Parquet files to the airbyte-staging bucket of this environment&apos;s MinIO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MinIO endpoint as the Airbyte server reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL business_db</source>
        <extracomment>A preset of the new source form; business_db is a database name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the public schema of this environment&apos;s business_db database, with the PostgreSQL account of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL host as the Airbyte server reaches it (host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte runs its connectors in containers (with abctl, in a kind cluster), where %1 is the container itself, not this computer. If %2 runs on this computer, use %3; otherwise use its name or address on the network.</source>
        <extracomment>%1 is a host name such as localhost, %2 MinIO or PostgreSQL, %3 the endpoint to use.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <extracomment>n is 2 or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour</source>
        <extracomment>n is 2 or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <extracomment>n is 2 or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <extracomment>n is 2 or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <extracomment>n is 2 or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>second</source>
        <comment>cron field</comment>
        <extracomment>The name of a field of a cron expression, opening an error message: &quot;hour: 25 is ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names a cron field (&quot;hour&quot;), %2 says what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a name such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number after /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step in &quot;%1&quot; must be a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must stand alone: L, W and # cannot be combined with other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid use of L or W (examples: L, L-3, LW, 15W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number after # in &quot;%1&quot; must be 1 to 5 (the nth such day of the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? is only allowed in the day-of-month and day-of-week fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? must stand alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month and day of week cannot both be ?: set one of them to ?, and the other to the days to run (or *).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartz cannot combine a day of month with a day of week: set one of them to ?.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte runs a connection at most once a minute: give a single second, such as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L, W, # and ? are Quartz features, not crontab ones: write all six Quartz fields (seconds first) to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crontab line sets both a day of month and a day of week (cron runs when either matches), which Quartz cannot express: keep one of them *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a cron expression: Quartz (0 0 */6 * * ?) or a crontab line (0 */6 * * *).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@reboot has no Quartz equivalent: Airbyte schedules by the clock only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shortcut %1: use @hourly, @daily, @weekly, @monthly or @yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cron expression has 6 or 7 fields (Quartz, seconds first) or 5 (a crontab line); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins two parts of a schedule in words: &quot;every 6 hours&quot; and &quot;at minute 0&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list in a schedule: &quot;Monday, Wednesday and Friday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <extracomment>A range in a schedule: &quot;Monday through Friday&quot;, &quot;9 through 17&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minutes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours from hour %1</source>
        <extracomment>n is 2 or more; %1 is the first hour, 0-23</extracomment>
        <translation>
            <numerusform>every %n hour from hour %1</numerusform>
            <numerusform>every %n hours from hour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>%1 is a time of day or a list of them: &quot;at 09:00&quot;, &quot;at 08:00 and 18:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during hours %1</source>
        <extracomment>%1 lists hours of the day: &quot;9 through 17&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the first %1 of the month</source>
        <extracomment>%1 is the name of a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the second %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the third %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the fourth %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the fifth %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>every %n day of the month</numerusform>
            <numerusform>every %n days of the month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month from day %1</source>
        <extracomment>n is 2 or more; %1 is the first day of the month</extracomment>
        <translation>
            <numerusform>every %n day of the month from day %1</numerusform>
            <numerusform>every %n days of the month from day %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last weekday of the month</source>
        <extracomment>A weekday is Monday to Friday</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the weekday nearest to %1 days before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days before the last day of the month</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>%n day before the last day of the month</numerusform>
            <numerusform>%n days before the last day of the month</numerusform>
        </translation>
    </message>
    <message>
        <source>on the weekday nearest to day %1 of the month</source>
        <extracomment>A weekday is Monday to Friday</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>%1 is a day of the week or a list of them: &quot;on Monday through Friday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last %1 of the month</source>
        <extracomment>%1 is the name of a day of the week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months from %1</source>
        <extracomment>n is 2 or more; %1 is the name of the first month</extracomment>
        <translation>
            <numerusform>every %n month from %1</numerusform>
            <numerusform>every %n months from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is a month, a year, or a list of them: &quot;in January and July&quot;, &quot;in 2027&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n years from %1</source>
        <extracomment>n is 2 or more; %1 is the first year</extracomment>
        <translation>
            <numerusform>every %n year from %1</numerusform>
            <numerusform>every %n years from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>at second %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s connector could not read its schema; its log in Airbyte says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s connector could not read its schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte sent a catalog the panel cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append + Deduped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite + Deduped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another sync mode: the source or the destination cannot sync this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cursor field: an incremental sync reads only the records whose cursor grew since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a primary key: deduplication keeps one record per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cursor field: an incremental sync needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every primary key field: deduplication needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its streams are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream has no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its primary key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field %2 added (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field %2 changed from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Airbyte cannot %1: that needs Airbyte %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Airbyte (%1) cannot %2: that needs Airbyte %3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte&apos;s answer about jobs could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>job type</comment>
        <extracomment>Airbyte 1.x calls a reset a clear: it erases the data at the destination.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>job type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the data from the source to the destination failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte could not save the sync&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte itself failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dbt transformation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a configuration problem: check the connector&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source&apos;s schema changed: refresh it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connector stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passing problem: a retry may work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte&apos;s answer about the sync&apos;s progress could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>stream state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>stream state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>stream state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>stream state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <comment>stream state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n s left</source>
        <translation>
            <numerusform>About %n s left</numerusform>
            <numerusform>About %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>About %n min left</numerusform>
            <numerusform>About %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n h left</source>
        <translation>
            <numerusform>About %n h left</numerusform>
            <numerusform>About %n h left</numerusform>
        </translation>
    </message>
    <message>
        <source>This Airbyte has several workspaces: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands on a chart&apos;s axis: 15k records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions on a chart&apos;s axis: 1.5M records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1B</source>
        <extracomment>Billions (thousands of millions) on a chart&apos;s axis: 2B records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync loaded no records, against about %1 usually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync loaded %1 % fewer records than usual (%2 instead of about %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync took %1 times as long as usual (%2 instead of about %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <extracomment>A bar of the last-syncs chart: Job 1234 · 01/05/2024 10:00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 record(s)</source>
        <extracomment>Succeeded · 5 min · 12,900 records</extracomment>
        <translation>
            <numerusform>%1 · %2 · %3 record</numerusform>
            <numerusform>%1 · %2 · %3 records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records, %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no attempt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Airflow</name>
    <message>
        <source>The Airflow connection id may only hold letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Airbyte&apos;s address as Airflow reaches it, such as http://airbyte.example:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airflow has no schedule preset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Airflow cron schedule has 5 fields (minute hour day month weekday); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Airbyte connection&apos;s id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dbt project&apos;s directory, as Airflow&apos;s workers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when triggered: by hand, through the REST API or by another DAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, at the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>%1 is a schedule in words, &quot;Every 6 hours, at minute 0&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::AirflowDialog</name>
    <message>
        <source>Use in Airflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte connection &quot;%1&quot;, id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airflow connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the sensor waits for the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the task waits for the sync; then the Airbyte job is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as %1.py in the dags/ folder of Airflow (scheduler and workers), which picks it up within minutes. In Airbyte, set the connection&apos;s schedule to Manual, so that only Airflow starts its syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the Airflow machine: airflow connections add %1 --conn-json &apos;&lt;the JSON below&gt;&apos; (Copy the command copies it whole). Saved as %1.json, it stays out of the shell&apos;s history: airflow connections add %1 --conn-json &quot;$(cat %1.json)&quot;. Needs apache-airflow-providers-airbyte 4 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is saved for this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAG file copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airflow connection copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the DAG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Airflow connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the task (blocking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a sensor (asynchronous: frees the worker between checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only when triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then run dbt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all models; or tag:daily, orders+ …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Airflow&apos;s workers reach it: from a container, localhost is the container itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAG id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt project directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airflow connection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is in the text below: whoever reads a copy or the saved file can use Airbyte as this application. A command typed in a shell stays in its history; prefer the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::AlertBanner</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Alerts</name>
    <message>
        <source>%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 failed after %n attempt(s).</source>
        <translation>
            <numerusform>Job %1 failed after %n attempt.</numerusform>
            <numerusform>Job %1 failed after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last sync of %n connection(s) failed</source>
        <translation>
            <numerusform>the last sync of %n connection failed</numerusform>
            <numerusform>the last sync of %n connections failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync(s) running</source>
        <translation>
            <numerusform>%n sync running</numerusform>
            <numerusform>%n syncs running</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ChoiceEditor</name>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectionWizard</name>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection reads the source&apos;s streams and writes them to the destination. The next step asks the source which streams it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery cancelled. Try again, or go back to choose another source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter streams by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the filtered ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key (tick several for a composite key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s namespace (for PostgreSQL, its schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${SOURCE_NAMESPACE} stands for the stream&apos;s namespace at the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the destination writes each stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream name prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: only when someone clicks Sync now (or Airflow asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 0 */6 * * ?  (Quartz)  or  0 */6 * * *  (crontab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source&apos;s streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data lands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sources and destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte is asking %1 which streams it has. On a big source this takes minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte did not finish the discovery in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the destination can write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stream in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source decides the cursor of this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only incremental syncs use a cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental syncs read the records whose cursor is greater than the last one synced: a time of last update, or an ever-growing id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source defines the key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduplication keeps one record per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deduplicating modes use a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 streams selected</source>
        <translation>
            <numerusform>%n of %1 streams selected</numerusform>
            <numerusform>%n of %1 streams selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least one stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) need a choice before going on.</source>
        <translation>
            <numerusform>%n stream needs a choice before going on.</numerusform>
            <numerusform>%n streams need a choice before going on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example, stream %1 lands as %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a cron line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crontab line: Airbyte needs Quartz, so it is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cursor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s):</source>
        <translation>
            <numerusform>%n stream:</numerusform>
            <numerusform>%n streams:</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: %1, prefix %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte&apos;s answer was lost (%1). The connection may have been made: Create again looks for it first, so nothing is made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is created. Its first sync runs on its schedule, or now if you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync started (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack guide&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL business_db to MinIO as Parquet under postgres-sync/: the streams customers and orders, Incremental | Append on updated_at (id where a table has none), every 6 hours. A source or destination that exists already is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection: the stack guide&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an environment first: the pipeline is made from its PostgreSQL and MinIO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the pipeline&apos;s source and destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Airbyte offers no %1 connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 exists; it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 is made from this environment&apos;s PostgreSQL (database business_db, user %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1 exists; it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1 is made from this environment&apos;s MinIO (bucket airbyte-staging, path postgres-sync, Parquet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: the guide&apos;s %1, which Airbyte needs in Quartz form: %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the source %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the destination %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment lacks %1 for %2: type it in Settings, or make it with New source… or New destination… in a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has no table %1: choose the streams to sync in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental | Append does not suit %1: the table says what to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s choices are made: check each step, then create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh source schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the source again which streams and fields it has, and review what changed since this connection was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving, refresh %1: their data at the destination predates the new schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte is asking the source again for its streams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema was not refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s schema has not changed since the connection was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s schema changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a refresh after saving (its data at the destination predates the change): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be set again before saving (removed, or its cursor or key field is gone): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No synced stream is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the connection was saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new schema is in the table; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is breaking: Airbyte has turned the connection off. Saving with the new schema turns it back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte selects top-level fields only: a nested field is synced with the field that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectionsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>source → destination</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>last sync</comment>
        <extracomment>Last sync: its result, then when it started (&quot;Succeeded, 3/12/25 2:05 PM&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (connector)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1
Destination: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>syncing, progress</comment>
        <extracomment>A running sync on the Connections page: &quot;Syncing… 3,555 records, 694 KiB so far&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, source or destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte is not configured in this environment (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not enabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is enabled: Airbyte syncs it on its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is disabled: Airbyte no longer syncs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a sync of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync of “%1” did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync started (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte stops syncing it. The data already written at the destination “%1” stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business_db to MinIO as Parquet, customers and orders, incremental, every 6 hours: the stack guide&apos;s connection, with its source and destination made or reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s syncs, running and past, on the Jobs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in Airflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DAG file that syncs this connection from Airflow, and the Airflow connection it needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorDialog</name>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the connectors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the form of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the connector&apos;s form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the environment&apos;s settings: check and create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished draft from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not kept on disk: type %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was sent to Airbyte.</source>
        <translation>
            <numerusform>%n field needs attention; nothing was sent to Airbyte.</numerusform>
            <numerusform>%n fields need attention; nothing was sent to Airbyte.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Airbyte connected with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection: Airbyte starts the connector for it, which can take minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte could not connect with these settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte did not confirm the creation (%1). It may exist already: Create again looks it up by name first, so nothing is made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorForm</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorPickerPage</name>
    <message>
        <source>Ready-made for this stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the source connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the destination connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorsModel</name>
    <message>
        <source>not used</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorsPage</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte is not configured in this environment (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source “%1” from Airbyte?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the destination “%1” from Airbyte?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These connections use it and will be deleted with it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>no CA file named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 is too large to be a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1 holds no certificate (PEM or DER expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not issued by a certificate authority this computer trusts (for a private CA, give its CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; is not valid before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed (is it an HTTPS port?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
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
    <message>
        <source>No sync running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sync(s) running now</source>
        <translation>
            <numerusform>%n sync running now</numerusform>
            <numerusform>%n syncs running now</numerusform>
        </translation>
    </message>
    <message>
        <source>none failed in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ failed in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last 24 hours</source>
        <translation>
            <numerusform>%n failed in the last 24 hours</numerusform>
            <numerusform>%n failed in the last 24 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::DefinitionsModel</name>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generally available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::EntryListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::EnumEditor</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::EnvironmentDialog</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::EnvironmentEditor</name>
    <message>
        <source>Local, Recette, Production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the stack on this computer&apos;s default ports and fill in what answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this service with what is typed above, without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (docker-compose proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id and secret (abctl 1.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here what `abctl local credentials` printed: the client id and secret are filled in for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web app URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abctl output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority for Airbyte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority for MinIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: TLS if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: TLS, certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: TLS, certificate from a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: TLS, trusted CA and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority for PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web UI URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority for Dremio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte&apos;s API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte&apos;s web app URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MinIO&apos;s endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MinIO&apos;s console URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dremio&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dremio&apos;s web UI URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporal&apos;s web UI URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Client-Id or Client-Secret line found in the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id and secret filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id and secret filled in (account %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured: fill in the address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the stack on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on %1&apos;s default ports. Type the addresses of your stack below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n of 5 services on %1.</source>
        <translation>
            <numerusform>Found %n of 5 services on %1.</numerusform>
            <numerusform>Found %n of 5 services on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::FormStyle</name>
    <message>
        <source>More…</source>
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
        <source>Airbyte&apos;s proxy refused the user name or password (user %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte&apos;s proxy asks for a user name and password: set HTTP basic authentication in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile selects client credentials for Airbyte but has no client id or secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte is running, but its token request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte refused the client id or secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte refused the client id or secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte has no token route (HTTP 404 from %1): it is older than client credentials, or the API URL is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid answer from %1: no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id and secret accepted</source>
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
    <message>
        <source>%1 does not accept TLS connections, which sslmode=%2 requires: set sslmode to prefer or disable, or enable ssl on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate of %1 could not be verified (sslmode=%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid sslmode &quot;%1&quot;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Airbyte has no workspace yet</source>
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
    <name>Dsp::JobDetails</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy job link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s page in Airbyte&apos;s web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Airbyte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its attempts and streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2 of %3 · %4 · %5</source>
        <extracomment>Job 1234 · Sync of shop · Succeeded · 12 min</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Airbyte to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the address of Airbyte&apos;s web app in Settings to link to its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte gives no estimate for this sync: the counts above grow as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt&apos;s log on the Logs page, followed while the job runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ended attempts&apos; logs to the log bucket (job-&lt;id&gt;/attempt-&lt;n&gt;/logs.log and metadata.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::JobsModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::JobsPage</name>
    <message>
        <source>The whole connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these streams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the connection&apos;s data at the destination and sync again from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh streams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync streams again from the start, keeping what the destination has until the new data arrives (Airbyte 0.57 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte is not configured in this environment (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the workspace: with several, choose one on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a sync of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync of “%1” did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of “%1” started (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync “%1” now? Airbyte reads what is new at the source and writes it to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of “%2” is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job %1 of “%2”? What it already wrote at the destination stays there; the next sync carries on from the last saved state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the data of “%1”? Airbyte erases what this connection wrote at the destination, and its saved state, for the streams chosen; the next sync reads them again from the start. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the data of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of “%1” was not cleared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing all the data of “%1” (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing %1 of “%2” (job %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh “%1”? Airbyte syncs the chosen streams again from the start and replaces what the destination has for them once the new data is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a refresh of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh of “%1” did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh of “%1” started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh of “%1” started (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the last syncs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the last syncs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::LogView</name>
    <message>
        <source> … (%1 more bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n Lines</source>
        <translation>
            <numerusform>&amp;Copy %n Line</numerusform>
            <numerusform>&amp;Copy %n Lines</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Logs</name>
    <message>
        <source>No log is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log events are not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log events are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be searched: the expression is too complex for them.</source>
        <translation>
            <numerusform>%n line could not be searched: the expression is too complex for it.</numerusform>
            <numerusform>%n lines could not be searched: the expression is too complex for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <comment>attempt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>attempt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>attempt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>attempt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status unknown</source>
        <comment>attempt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2 · started %3 · %4</source>
        <extracomment>A separator line in a job&apos;s log; %3 is when the attempt started, %4 its status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 ended %2 · %3</source>
        <extracomment>The line written when a followed attempt ended; %2 is when, %3 its status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 ended · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a log of this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log of job %1, attempt %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, attempt %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte or the log bucket is not set up in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no ended attempt to archive yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: reading the log of attempt %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be written to a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::AttemptLogSource</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, attempt 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, attempts 1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary file for the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Airbyte connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading attempt %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte rewrote the log of attempt %1: read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be written to a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 ended (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s first attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read to its end (%n attempt(s)).</source>
        <translation>
            <numerusform>Read to its end (%n attempt).</numerusform>
            <numerusform>Read to its end (%n attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date; read again every %n second(s).</source>
        <translation>
            <numerusform>Up to date; read again every second.</numerusform>
            <numerusform>Up to date; read again every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::FolderLogStore</name>
    <message>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::LocalFileSource</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was removed; waiting for it to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was replaced; read again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::LogArchiver</name>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log %1 is larger than %2, too large to archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, attempt %2 is already archived in %3; nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, attempt %2: %3 of log archived to %4/%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, attempt %2 was not archived: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::LogDocument</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::S3LogStore</name>
    <message>
        <source>bucket %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither bucket %1 nor bucket %2 exists: set the logs bucket of this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket %1 holds no job logs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job logs are in bucket %1 (%2 does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job logs are in bucket %1 (%2 holds none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job logs are in bucket %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::StoredAttemptLogSource</name>
    <message>
        <source>Job %1, attempt %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, attempt %2, line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log store is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary file for the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the log of job %1, attempt %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log objects yet; waiting for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a log object (%2); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored log changed; reading it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n log object(s).</source>
        <translation>
            <numerusform>Read %n log object.</numerusform>
            <numerusform>Read %n log objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the new log objects (%1); trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::LogsPage</name>
    <message>
        <source>%1 selected: too much for the clipboard. Save the shown lines instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a log file (or drop one here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abctl keeps job logs under ~/.airbyte/abctl; none on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading the log as it grows and stay at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Whole Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Shown Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line or time (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line number, or a time: 14:03, 14:03:12, 2024-09-09 14:03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lines of this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines without a level (and the records they open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication orchestrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only lines with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the search&apos;s options (regular expression, case, words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide lines with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log file a colleague sent, or one abctl keeps under ~/.airbyte/abctl: choose it or drop it here. Logs of any size open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Log File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from abctl&apos;s Job Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Log File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.json *.out);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This log has %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a line number nor a time (14:03, 2024-09-09 14:03:12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line of this log has a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line is as late as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>-filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Shown Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines so far · indexing %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (filtering %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Log &amp;Bucket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set MinIO&apos;s access key in Settings to read the log bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From abctl&apos;s &amp;Job Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is still being read; save it once the count below stops growing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::MainWindow</name>
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
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MinIO secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dremio password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment yet. Tell the panel where your stack runs: its addresses and how to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Data Stack Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and keys are kept in the system&apos;s credential store, never in the profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available (%1). Passwords and keys are kept for this session only and will be asked for again next time; none is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store: passwords and keys are kept until the panel closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved passwords could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Where does your data stack run? The defaults are those of a stack on this computer; Detect looks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment not duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the environment “%1” and its passwords from the credential store? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment deleted, but not all of its passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Stack Panel profiles (*.dsp-profile);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1, without any password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Stack Panel profiles (*.dsp-profile *.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the imported environment, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exported environment carries no password or key. Type the ones this environment needs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Settings page has unsaved changes to this environment. Discard them and switch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel was started with --profile FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSP_* environment variables override some passwords or keys of this environment for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Airbyte address of this environment in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the panel watching syncs and services in the system tray when its window is closed? It notifies you when a sync fails. You can change this in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1&apos;s log is in the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::NumberEditor</name>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ObjectEditor</name>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Optional fields (%n)</source>
        <translation>
            <numerusform>Optional fields (%n)</numerusform>
            <numerusform>Optional fields (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::ProbeTester</name>
    <message>
        <source>no service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::RawJsonEditor</name>
    <message>
        <source>A JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is edited as JSON: the panel has no form for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON</source>
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
    <message>
        <source>bucket %1 holds more than %2 entries under &quot;%3&quot;: listing stopped there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the S3 server cut a listing of bucket %1 short without saying where to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in bucket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the S3 server answered another part of %1/%2 than asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::ScalarListEditor</name>
    <message>
        <source>One entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::SecretLineEdit</name>
    <message>
        <source>Show the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the text</source>
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
    <name>Dsp::Settings</name>
    <message>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this profile was opened from a file; delete the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Data Stack Panel profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-compose behind the %1 proxy with basic auth (user and password from Airbyte&apos;s .env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-compose %1 through the %2 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abctl 1.x%1: everything under %2/api; paste the output of abctl local credentials for the client id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on :%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers on :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-compose: API on :%1, with basic auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-compose: API on :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers on :%1 or :%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential store did not give back a saved secret (%1): is it locked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel was started with one profile file (%1): start it without --profile to add environments</source>
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
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a sync fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a sync succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a service goes down or comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive each finished job&apos;s log to the log bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For docker-compose and abctl installs, whose Airbyte never writes job logs there: job-&lt;id&gt;/attempt-&lt;n&gt;/logs.log and metadata.json, each attempt once, while the panel runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::StoredLogDialog</name>
    <message>
        <source>Airbyte&apos;s log and the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Stored Job Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job log is stored here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::StreamsModel</name>
    <message>
        <source>%1 (source-defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync mode not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor field not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key field not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::SyncChart</name>
    <message>
        <source>No progress reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No syncs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records read (area) and committed (dashed line) since the sync started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Records (bars) and duration (dots) of the last %n sync(s)</source>
        <translation>
            <numerusform>Records (bars) and duration (dots) of the last %n sync</numerusform>
            <numerusform>Records (bars) and duration (dots) of the last %n syncs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The period of the last-syncs chart: 01/05/2024 – 30/05/2024</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::TextEditor</name>
    <message>
        <source>Show the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the server; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::TrayNotifier</name>
    <message>
        <source>Open Data Stack Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Stack Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Stack Panel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsp::WorkspaceChoice</name>
    <message>
        <source>Could not reach Airbyte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Airbyte has several workspaces: choose one.</source>
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
    <message>
        <source>no environment named %1: none is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment named %1 (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the environment called &lt;name&gt;, or the profile in &lt;file&gt;, for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment is set up yet: open the panel to set one up, or pass --profile FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log file to open on the Logs page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
