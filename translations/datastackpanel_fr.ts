<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Dsp::Airbyte</name>
    <message>
        <source>The connector&apos;s specification is not a JSON object.</source>
        <translation>La spécification du connecteur n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <extracomment>An untitled choice of a connector setting; %1 is its number.</extracomment>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>required</source>
        <extracomment>Next to a form field that must be filled in.</extracomment>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>is not a setting of this connector</source>
        <translation>n’est pas un paramètre de ce connecteur</translation>
    </message>
    <message>
        <source>matches none of the choices</source>
        <translation>ne correspond à aucun des choix</translation>
    </message>
    <message>
        <source>matches more than one of the choices</source>
        <translation>correspond à plusieurs des choix</translation>
    </message>
    <message>
        <source>must not hold the same value twice</source>
        <translation>ne doit pas contenir deux fois la même valeur</translation>
    </message>
    <message>
        <source>is not a valid value</source>
        <translation>n’est pas une valeur valide</translation>
    </message>
    <message>
        <source>must be %1</source>
        <extracomment>Next to a form field; %1 is the only value it takes.</extracomment>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>doit être inférieur à %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n characters long</source>
        <translation>
            <numerusform>doit compter au moins %n caractère</numerusform>
            <numerusform>doit compter au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be one character at most</source>
        <translation>doit compter un caractère au plus</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters long</source>
        <translation>
            <numerusform>doit compter au plus %n caractère</numerusform>
            <numerusform>doit compter au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation>doit avoir au moins une entrée</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n entries</source>
        <translation>
            <numerusform>doit avoir au moins %n entrée</numerusform>
            <numerusform>doit avoir au moins %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>takes one entry at most</source>
        <translation>accepte une entrée au plus</translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n entries</source>
        <translation>
            <numerusform>accepte au plus %n entrée</numerusform>
            <numerusform>accepte au plus %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be a group of settings</source>
        <translation>doit être un groupe de paramètres</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>ne fait pas partie des valeurs permises</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l’une de ces valeurs : %1</translation>
    </message>
    <message>
        <source>does not match the expected form: %1</source>
        <translation>n’a pas la forme attendue : %1</translation>
    </message>
    <message>
        <source>does not match the expected form, e.g. %1</source>
        <translation>n’a pas la forme attendue, par exemple %1</translation>
    </message>
    <message>
        <source>MinIO data lake (S3, Parquet)</source>
        <extracomment>A preset of the new destination form; S3 and Parquet are not translated.</extracomment>
        <translation>Lac de données MinIO (S3, Parquet)</translation>
    </message>
    <message>
        <source>Writes the synced tables as Parquet files to the airbyte-staging bucket of this environment&apos;s MinIO.</source>
        <translation>Écrit les tables synchronisées en fichiers Parquet dans le bucket airbyte-staging du MinIO de cet environnement.</translation>
    </message>
    <message>
        <source>MinIO endpoint as the Airbyte server reaches it</source>
        <translation>Adresse de MinIO telle que le serveur Airbyte la joint</translation>
    </message>
    <message>
        <source>PostgreSQL business_db</source>
        <extracomment>A preset of the new source form; business_db is a database name.</extracomment>
        <translation>PostgreSQL business_db</translation>
    </message>
    <message>
        <source>Reads the public schema of this environment&apos;s business_db database, with the PostgreSQL account of the profile.</source>
        <translation>Lit le schéma public de la base business_db de cet environnement, avec le compte PostgreSQL du profil.</translation>
    </message>
    <message>
        <source>PostgreSQL host as the Airbyte server reaches it (host:port)</source>
        <translation>Hôte PostgreSQL tel que le serveur Airbyte le joint (hôte:port)</translation>
    </message>
    <message>
        <source>Airbyte runs its connectors in containers (with abctl, in a kind cluster), where %1 is the container itself, not this computer. If %2 runs on this computer, use %3; otherwise use its name or address on the network.</source>
        <extracomment>%1 is a host name such as localhost, %2 MinIO or PostgreSQL, %3 the endpoint to use.</extracomment>
        <translation>Airbyte exécute ses connecteurs dans des conteneurs (avec abctl, dans un cluster kind), où %1 désigne le conteneur lui-même, pas cet ordinateur. Si %2 tourne sur cet ordinateur, utilisez %3 ; sinon, son nom ou son adresse sur le réseau.</translation>
    </message>
    <message>
        <source>Every minute</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>Toutes les minutes</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>Toutes les heures</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Toutes les %n heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Tous les %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>Toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Toutes les %n semaine</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>Tous les mois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Tous les %n mois</numerusform>
            <numerusform>Tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>second</source>
        <comment>cron field</comment>
        <extracomment>The name of a field of a cron expression, opening an error message: &quot;hour: 25 is ...&quot;</extracomment>
        <translation>seconde</translation>
    </message>
    <message>
        <source>minute</source>
        <comment>cron field</comment>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>cron field</comment>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <comment>cron field</comment>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <comment>cron field</comment>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <comment>cron field</comment>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>year</source>
        <comment>cron field</comment>
        <translation>année</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names a cron field (&quot;hour&quot;), %2 says what is wrong with it</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a name such as %2</source>
        <translation>« %1 » n’est ni un nombre ni un nom tel que %2</translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation>%1 est hors de la plage %2-%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty value</source>
        <translation>« %1 » contient une valeur vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number after /</source>
        <translation>« %1 » doit comporter un nombre après /</translation>
    </message>
    <message>
        <source>the step in &quot;%1&quot; must be a whole number from 1 to %2</source>
        <translation>le pas de « %1 » doit être un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range</source>
        <translation>« %1 » n’est pas une plage</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; ends before it starts</source>
        <translation>la plage « %1 » se termine avant de commencer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must stand alone: L, W and # cannot be combined with other values</source>
        <translation>« %1 » doit être seul : L, W et # ne peuvent pas être combinés avec d’autres valeurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid use of L or W (examples: L, L-3, LW, 15W)</source>
        <translation>« %1 » n’est pas un usage valide de L ou W (exemples : L, L-3, LW, 15W)</translation>
    </message>
    <message>
        <source>the number after # in &quot;%1&quot; must be 1 to 5 (the nth such day of the month)</source>
        <translation>le nombre après # dans « %1 » doit aller de 1 à 5 (le rang de ce jour de la semaine dans le mois)</translation>
    </message>
    <message>
        <source>? is only allowed in the day-of-month and day-of-week fields</source>
        <translation>? n’est permis que dans les champs jour du mois et jour de la semaine</translation>
    </message>
    <message>
        <source>? must stand alone</source>
        <translation>? doit être seul</translation>
    </message>
    <message>
        <source>Day of month and day of week cannot both be ?: set one of them to ?, and the other to the days to run (or *).</source>
        <translation>Le jour du mois et le jour de la semaine ne peuvent pas valoir ? tous les deux : mettez l’un des deux à ?, et l’autre aux jours d’exécution (ou *).</translation>
    </message>
    <message>
        <source>Quartz cannot combine a day of month with a day of week: set one of them to ?.</source>
        <translation>Quartz ne peut pas combiner un jour du mois et un jour de la semaine : mettez l’un des deux à ?.</translation>
    </message>
    <message>
        <source>Airbyte runs a connection at most once a minute: give a single second, such as 0</source>
        <translation>Airbyte exécute une connexion au plus une fois par minute : indiquez une seule seconde, par exemple 0</translation>
    </message>
    <message>
        <source>L, W, # and ? are Quartz features, not crontab ones: write all six Quartz fields (seconds first) to use them.</source>
        <translation>L, W, # et ? sont des fonctions de Quartz, pas de crontab : écrivez les six champs de Quartz (secondes en premier) pour les utiliser.</translation>
    </message>
    <message>
        <source>This crontab line sets both a day of month and a day of week (cron runs when either matches), which Quartz cannot express: keep one of them *.</source>
        <translation>Cette ligne crontab fixe à la fois un jour du mois et un jour de la semaine (cron s’exécute quand l’un ou l’autre correspond), ce que Quartz ne peut pas exprimer : laissez l’un des deux à *.</translation>
    </message>
    <message>
        <source>Enter a cron expression: Quartz (0 0 */6 * * ?) or a crontab line (0 */6 * * *).</source>
        <translation>Saisissez une expression cron : Quartz (0 0 */6 * * ?) ou une ligne crontab (0 */6 * * *).</translation>
    </message>
    <message>
        <source>@reboot has no Quartz equivalent: Airbyte schedules by the clock only.</source>
        <translation>@reboot n’a pas d’équivalent Quartz : Airbyte ne planifie qu’en fonction de l’heure.</translation>
    </message>
    <message>
        <source>Unknown shortcut %1: use @hourly, @daily, @weekly, @monthly or @yearly.</source>
        <translation>Raccourci %1 inconnu : utilisez @hourly, @daily, @weekly, @monthly ou @yearly.</translation>
    </message>
    <message>
        <source>A cron expression has 6 or 7 fields (Quartz, seconds first) or 5 (a crontab line); this one has %1.</source>
        <translation>Une expression cron compte 6 ou 7 champs (Quartz, secondes en premier) ou 5 (ligne crontab) ; celle-ci en compte %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins two parts of a schedule in words: &quot;every 6 hours&quot; and &quot;at minute 0&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list in a schedule: &quot;Monday, Wednesday and Friday&quot;</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <extracomment>A range in a schedule: &quot;Monday through Friday&quot;, &quot;9 through 17&quot;</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>toutes les minutes</translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>toutes les %n minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>at minute %1</source>
        <translation>à la minute %1</translation>
    </message>
    <message>
        <source>at minutes %1</source>
        <translation>aux minutes %1</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>toutes les %n heure</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours from hour %1</source>
        <extracomment>n is 2 or more; %1 is the first hour, 0-23</extracomment>
        <translation>
            <numerusform>toutes les %n heure à partir de %1 h</numerusform>
            <numerusform>toutes les %n heures à partir de %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>%1 is a time of day or a list of them: &quot;at 09:00&quot;, &quot;at 08:00 and 18:00&quot;</extracomment>
        <translation>à %1</translation>
    </message>
    <message>
        <source>during hours %1</source>
        <extracomment>%1 lists hours of the day: &quot;9 through 17&quot;</extracomment>
        <translation>pendant les heures %1</translation>
    </message>
    <message>
        <source>on the first %1 of the month</source>
        <extracomment>%1 is the name of a day of the week</extracomment>
        <translation>le premier %1 du mois</translation>
    </message>
    <message>
        <source>on the second %1 of the month</source>
        <translation>le deuxième %1 du mois</translation>
    </message>
    <message>
        <source>on the third %1 of the month</source>
        <translation>le troisième %1 du mois</translation>
    </message>
    <message>
        <source>on the fourth %1 of the month</source>
        <translation>le quatrième %1 du mois</translation>
    </message>
    <message>
        <source>on the fifth %1 of the month</source>
        <translation>le cinquième %1 du mois</translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>le %1 du mois</translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>tous les %n jour du mois</numerusform>
            <numerusform>tous les %n jours du mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month from day %1</source>
        <extracomment>n is 2 or more; %1 is the first day of the month</extracomment>
        <translation>
            <numerusform>tous les %n jour du mois à partir du %1</numerusform>
            <numerusform>tous les %n jours du mois à partir du %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation>les %1 du mois</translation>
    </message>
    <message>
        <source>on the last weekday of the month</source>
        <extracomment>A weekday is Monday to Friday</extracomment>
        <translation>le dernier jour ouvré du mois</translation>
    </message>
    <message>
        <source>on the weekday nearest to %1 days before the last day of the month</source>
        <translation>le jour ouvré le plus proche du jour situé %1 jours avant le dernier jour du mois</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>le dernier jour du mois</translation>
    </message>
    <message>
        <source>on the day before the last day of the month</source>
        <translation>l’avant-dernier jour du mois</translation>
    </message>
    <message numerus="yes">
        <source>%n days before the last day of the month</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>%n jour avant le dernier jour du mois</numerusform>
            <numerusform>%n jours avant le dernier jour du mois</numerusform>
        </translation>
    </message>
    <message>
        <source>on the weekday nearest to day %1 of the month</source>
        <extracomment>A weekday is Monday to Friday</extracomment>
        <translation>le jour ouvré le plus proche du %1 du mois</translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>%1 is a day of the week or a list of them: &quot;on Monday through Friday&quot;</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>on the last %1 of the month</source>
        <extracomment>%1 is the name of a day of the week</extracomment>
        <translation>le dernier %1 du mois</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <extracomment>n is 2 or more</extracomment>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months from %1</source>
        <extracomment>n is 2 or more; %1 is the name of the first month</extracomment>
        <translation>
            <numerusform>tous les %n mois en commençant en %1</numerusform>
            <numerusform>tous les %n mois en commençant en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is a month, a year, or a list of them: &quot;in January and July&quot;, &quot;in 2027&quot;</extracomment>
        <translation>en %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n years from %1</source>
        <extracomment>n is 2 or more; %1 is the first year</extracomment>
        <translation>
            <numerusform>tous les %n an à partir de %1</numerusform>
            <numerusform>tous les %n ans à partir de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>at second %1</source>
        <translation>à la seconde %1</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>The source&apos;s connector could not read its schema; its log in Airbyte says why.</source>
        <translation>Le connecteur de la source n&apos;a pas pu lire son schéma ; son journal dans Airbyte dit pourquoi.</translation>
    </message>
    <message>
        <source>The source&apos;s connector could not read its schema: %1</source>
        <translation>Le connecteur de la source n&apos;a pas pu lire son schéma : %1</translation>
    </message>
    <message>
        <source>Airbyte sent a catalog the panel cannot read: %1</source>
        <translation>Airbyte a envoyé un catalogue que le panneau ne sait pas lire : %1</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incrémentale</translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Append + Deduped</source>
        <translation>Ajout + dédoublonnage</translation>
    </message>
    <message>
        <source>Overwrite + Deduped</source>
        <translation>Remplacement + dédoublonnage</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Suppression logique</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>aucun catalogue</translation>
    </message>
    <message>
        <source>Choose another sync mode: the source or the destination cannot sync this one.</source>
        <translation>Choisissez un autre mode de synchronisation : la source ou la destination ne sait pas synchroniser celui-ci.</translation>
    </message>
    <message>
        <source>Choose a cursor field: an incremental sync reads only the records whose cursor grew since the last sync.</source>
        <translation>Choisissez un champ curseur : une synchronisation incrémentale ne lit que les enregistrements dont le curseur a augmenté depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Choose a primary key: deduplication keeps one record per key.</source>
        <translation>Choisissez une clé primaire : le dédoublonnage garde un enregistrement par clé.</translation>
    </message>
    <message>
        <source>Select the cursor field: an incremental sync needs it.</source>
        <translation>Sélectionnez le champ curseur : une synchronisation incrémentale en a besoin.</translation>
    </message>
    <message>
        <source>Select every primary key field: deduplication needs them.</source>
        <translation>Sélectionnez tous les champs de la clé primaire : le dédoublonnage en a besoin.</translation>
    </message>
    <message>
        <source>its streams are not a list</source>
        <translation>ses flux ne sont pas une liste</translation>
    </message>
    <message>
        <source>a stream is not an object</source>
        <translation>un flux n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>a stream has no schema</source>
        <translation>un flux n&apos;a pas de schéma</translation>
    </message>
    <message>
        <source>a stream has no name</source>
        <translation>un flux n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the destination&apos;s default</source>
        <translation>celui par défaut de la destination</translation>
    </message>
    <message>
        <source>New stream: %1</source>
        <translation>Nouveau flux : %1</translation>
    </message>
    <message>
        <source>Stream removed: %1</source>
        <translation>Flux supprimé : %1</translation>
    </message>
    <message>
        <source>%1: its primary key changed</source>
        <translation>%1 : sa clé primaire a changé</translation>
    </message>
    <message>
        <source>%1: field %2 added (%3)</source>
        <translation>%1 : champ %2 ajouté (%3)</translation>
    </message>
    <message>
        <source>%1: field %2 removed</source>
        <translation>%1 : champ %2 supprimé</translation>
    </message>
    <message>
        <source>%1: field %2 changed from %3 to %4</source>
        <translation>%1 : champ %2 passé de %3 à %4</translation>
    </message>
    <message>
        <source>This Airbyte cannot %1: that needs Airbyte %2 or later.</source>
        <translation>Cet Airbyte ne peut pas %1 : il faut Airbyte %2 ou plus récent.</translation>
    </message>
    <message>
        <source>This Airbyte (%1) cannot %2: that needs Airbyte %3 or later.</source>
        <translation>Cet Airbyte (%1) ne peut pas %2 : il faut Airbyte %3 ou plus récent.</translation>
    </message>
    <message>
        <source>refresh streams</source>
        <translation>rafraîchir des flux</translation>
    </message>
    <message>
        <source>Airbyte&apos;s answer about jobs could not be read (%1).</source>
        <translation>La réponse d&apos;Airbyte sur les tâches est illisible (%1).</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>job status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>job status</comment>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job status</comment>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job status</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>job type</comment>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>job type</comment>
        <extracomment>Airbyte 1.x calls a reset a clear: it erases the data at the destination.</extracomment>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>job type</comment>
        <translation>Rafraîchissement</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>job type</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>no list of jobs</source>
        <translation>pas de liste de tâches</translation>
    </message>
    <message>
        <source>no job</source>
        <translation>pas de tâche</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message>
        <source>The source failed</source>
        <translation>La source a échoué</translation>
    </message>
    <message>
        <source>The destination failed</source>
        <translation>La destination a échoué</translation>
    </message>
    <message>
        <source>Moving the data from the source to the destination failed</source>
        <translation>Le transfert des données de la source vers la destination a échoué</translation>
    </message>
    <message>
        <source>Airbyte could not save the sync&apos;s state</source>
        <translation>Airbyte n&apos;a pas pu enregistrer l&apos;état de la synchronisation</translation>
    </message>
    <message>
        <source>Airbyte itself failed</source>
        <translation>Airbyte lui-même a échoué</translation>
    </message>
    <message>
        <source>Normalization failed</source>
        <translation>La normalisation a échoué</translation>
    </message>
    <message>
        <source>The dbt transformation failed</source>
        <translation>La transformation dbt a échoué</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>La tâche a échoué</translation>
    </message>
    <message>
        <source>a configuration problem: check the connector&apos;s settings</source>
        <translation>un problème de configuration : vérifiez les réglages du connecteur</translation>
    </message>
    <message>
        <source>a system error</source>
        <translation>une erreur système</translation>
    </message>
    <message>
        <source>the source&apos;s schema changed: refresh it</source>
        <translation>le schéma de la source a changé : rafraîchissez-le</translation>
    </message>
    <message>
        <source>the connector stopped answering</source>
        <translation>le connecteur a cessé de répondre</translation>
    </message>
    <message>
        <source>the destination took too long</source>
        <translation>la destination a mis trop de temps</translation>
    </message>
    <message>
        <source>a passing problem: a retry may work</source>
        <translation>un problème passager : un nouvel essai peut réussir</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation>Flux %1 : %2</translation>
    </message>
    <message>
        <source>Airbyte&apos;s answer about the sync&apos;s progress could not be read.</source>
        <translation>La réponse d&apos;Airbyte sur l&apos;avancement de la synchronisation est illisible.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>stream state</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>stream state</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>stream state</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>stream state</comment>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <comment>stream state</comment>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Presque fini</translation>
    </message>
    <message numerus="yes">
        <source>About %n s left</source>
        <translation>
            <numerusform>Environ %n s restante</numerusform>
            <numerusform>Environ %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Environ %n min restante</numerusform>
            <numerusform>Environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n h left</source>
        <translation>
            <numerusform>Environ %n h restante</numerusform>
            <numerusform>Environ %n h restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>This Airbyte has several workspaces: choose one.</source>
        <translation>Cet Airbyte a plusieurs espaces de travail : choisissez-en un.</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands on a chart&apos;s axis: 15k records</extracomment>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions on a chart&apos;s axis: 1.5M records</extracomment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1B</source>
        <extracomment>Billions (thousands of millions) on a chart&apos;s axis: 2B records</extracomment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The last sync loaded no records, against about %1 usually.</source>
        <translation>La dernière synchronisation n’a chargé aucun enregistrement, contre environ %1 d’habitude.</translation>
    </message>
    <message>
        <source>The last sync loaded %1 % fewer records than usual (%2 instead of about %3).</source>
        <translation>La dernière synchronisation a chargé %1 % d’enregistrements de moins que d’habitude (%2 au lieu d’environ %3).</translation>
    </message>
    <message>
        <source>The last sync took %1 times as long as usual (%2 instead of about %3).</source>
        <translation>La dernière synchronisation a duré %1 fois plus longtemps que d’habitude (%2 au lieu d’environ %3).</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <extracomment>A bar of the last-syncs chart: Job 1234 · 01/05/2024 10:00</extracomment>
        <translation>Tâche %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 record(s)</source>
        <extracomment>Succeeded · 5 min · 12,900 records</extracomment>
        <translation>
            <numerusform>%1 · %2 · %3 enregistrement</numerusform>
            <numerusform>%1 · %2 · %3 enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records, %2 so far</source>
        <translation>%1 enregistrements, %2 jusqu’ici</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 enregistrements/s</translation>
    </message>
    <message>
        <source>Job %1 has no attempt %2.</source>
        <translation>La tâche %1 n’a pas de tentative %2.</translation>
    </message>
</context>
<context>
    <name>Dsp::Airflow</name>
    <message>
        <source>The Airflow connection id may only hold letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;.</source>
        <translation>L’identifiant de connexion Airflow ne peut contenir que des lettres, des chiffres, « _ », « - » et « . ».</translation>
    </message>
    <message>
        <source>Give Airbyte&apos;s address as Airflow reaches it, such as http://airbyte.example:8000.</source>
        <translation>Indiquez l’adresse d’Airbyte telle qu’Airflow la joint, par exemple http://airbyte.example:8000.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Airflow has no schedule preset &quot;%1&quot;.</source>
        <translation>Airflow n’a pas de planification prédéfinie « %1 ».</translation>
    </message>
    <message>
        <source>An Airflow cron schedule has 5 fields (minute hour day month weekday); this one has %1.</source>
        <translation>Une planification cron d’Airflow a 5 champs (minute heure jour mois jour-de-semaine) ; celle-ci en a %1.</translation>
    </message>
    <message>
        <source>The Airbyte connection&apos;s id is missing.</source>
        <translation>L’identifiant de la connexion Airbyte manque.</translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation>La date de début manque.</translation>
    </message>
    <message>
        <source>Give the dbt project&apos;s directory, as Airflow&apos;s workers see it.</source>
        <translation>Indiquez le dossier du projet dbt, tel que les workers d’Airflow le voient.</translation>
    </message>
    <message>
        <source>Only when triggered: by hand, through the REST API or by another DAG</source>
        <translation>Seulement sur déclenchement : à la main, par l’API REST ou par un autre DAG</translation>
    </message>
    <message>
        <source>Once, at the start date</source>
        <translation>Une fois, à la date de début</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>%1 is a schedule in words, &quot;Every 6 hours, at minute 0&quot;</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
</context>
<context>
    <name>Dsp::AirflowDialog</name>
    <message>
        <source>Use in Airflow</source>
        <translation>Utiliser dans Airflow</translation>
    </message>
    <message>
        <source>Airbyte connection &quot;%1&quot;, id %2</source>
        <translation>Connexion Airbyte « %1 », identifiant %2</translation>
    </message>
    <message>
        <source>DAG file</source>
        <translation>Fichier DAG</translation>
    </message>
    <message>
        <source>Airflow connection</source>
        <translation>Connexion Airflow</translation>
    </message>
    <message>
        <source>How long the sensor waits for the sync</source>
        <translation>Durée pendant laquelle le capteur attend la synchronisation</translation>
    </message>
    <message>
        <source>How long the task waits for the sync; then the Airbyte job is cancelled</source>
        <translation>Durée pendant laquelle la tâche attend la synchronisation ; ensuite la tâche Airbyte est annulée</translation>
    </message>
    <message>
        <source>Save it as %1.py in the dags/ folder of Airflow (scheduler and workers), which picks it up within minutes. In Airbyte, set the connection&apos;s schedule to Manual, so that only Airflow starts its syncs.</source>
        <translation>Enregistrez-le sous %1.py dans le dossier dags/ d’Airflow (planificateur et workers), qui le prend en compte en quelques minutes. Dans Airbyte, réglez la planification de la connexion sur Manuelle, pour que seul Airflow lance ses synchronisations.</translation>
    </message>
    <message>
        <source>Run on the Airflow machine: airflow connections add %1 --conn-json &apos;&lt;the JSON below&gt;&apos; (Copy the command copies it whole). Saved as %1.json, it stays out of the shell&apos;s history: airflow connections add %1 --conn-json &quot;$(cat %1.json)&quot;. Needs apache-airflow-providers-airbyte 4 or later.</source>
        <translation>Exécutez sur la machine Airflow : airflow connections add %1 --conn-json &apos;&lt;le JSON ci-dessous&gt;&apos; (Copier la commande la copie en entier). Enregistré sous %1.json, il reste hors de l’historique du shell : airflow connections add %1 --conn-json &quot;$(cat %1.json)&quot;. Nécessite apache-airflow-providers-airbyte 4 ou suivant.</translation>
    </message>
    <message>
        <source>Replace %1 with the client secret.</source>
        <translation>Remplacez %1 par le secret client.</translation>
    </message>
    <message>
        <source>Reading the client secret…</source>
        <translation>Lecture du secret client…</translation>
    </message>
    <message>
        <source>none is saved for this environment</source>
        <translation>aucun n’est enregistré pour cet environnement</translation>
    </message>
    <message>
        <source>The client secret could not be read: %1</source>
        <translation>Le secret client n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>DAG file copied.</source>
        <translation>Fichier DAG copié.</translation>
    </message>
    <message>
        <source>Airflow connection copied.</source>
        <translation>Connexion Airflow copiée.</translation>
    </message>
    <message>
        <source>Command copied.</source>
        <translation>Commande copiée.</translation>
    </message>
    <message>
        <source>Save the DAG file</source>
        <translation>Enregistrer le fichier DAG</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Fichiers Python (*.py);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the Airflow connection</source>
        <translation>Enregistrer la connexion Airflow</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>In the task (blocking)</source>
        <translation>Dans la tâche (bloquant)</translation>
    </message>
    <message>
        <source>With a sensor (asynchronous: frees the worker between checks)</source>
        <translation>Avec un capteur (asynchrone : libère le worker entre les vérifications)</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>None: only when triggered</source>
        <translation>Aucune : seulement sur déclenchement</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <source>Then run dbt</source>
        <translation>Puis exécuter dbt</translation>
    </message>
    <message>
        <source>all models; or tag:daily, orders+ …</source>
        <translation>tous les modèles ; ou tag:daily, orders+ …</translation>
    </message>
    <message>
        <source>As Airflow&apos;s workers reach it: from a container, localhost is the container itself.</source>
        <translation>Telle que les workers d’Airflow la joignent : depuis un conteneur, localhost est le conteneur lui-même.</translation>
    </message>
    <message>
        <source>DAG id</source>
        <translation>Identifiant du DAG</translation>
    </message>
    <message>
        <source>Wait for the sync</source>
        <translation>Attendre la synchronisation</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Abandonner après</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Retry delay</source>
        <translation>Délai entre tentatives</translation>
    </message>
    <message>
        <source>dbt project directory</source>
        <translation>Dossier du projet dbt</translation>
    </message>
    <message>
        <source>dbt selection</source>
        <translation>Sélection dbt</translation>
    </message>
    <message>
        <source>Airflow connection id</source>
        <translation>Identifiant de connexion Airflow</translation>
    </message>
    <message>
        <source>Airbyte URL</source>
        <translation>URL d’Airbyte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Include the client secret</source>
        <translation>Inclure le secret client</translation>
    </message>
    <message>
        <source>The secret is in the text below: whoever reads a copy or the saved file can use Airbyte as this application. A command typed in a shell stays in its history; prefer the saved file.</source>
        <translation>Le secret figure dans le texte ci-dessous : quiconque lit une copie ou le fichier enregistré peut utiliser Airbyte au nom de cette application. Une commande tapée dans un shell reste dans son historique ; préférez le fichier enregistré.</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copier la commande</translation>
    </message>
</context>
<context>
    <name>Dsp::AlertBanner</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Dsp::Alerts</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 est indisponible</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 est de retour</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 en échec : %2</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 failed after %n attempt(s).</source>
        <translation>
            <numerusform>La tâche %1 a échoué après %n tentative.</numerusform>
            <numerusform>La tâche %1 a échoué après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync done: %1</source>
        <translation>Synchronisation terminée : %1</translation>
    </message>
    <message>
        <source>%1 records loaded.</source>
        <translation>%1 enregistrements chargés.</translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation>%1 est dégradé</translation>
    </message>
    <message numerus="yes">
        <source>the last sync of %n connection(s) failed</source>
        <translation>
            <numerusform>la dernière synchronisation de %n connexion a échoué</numerusform>
            <numerusform>la dernière synchronisation de %n connexions a échoué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync(s) running</source>
        <translation>
            <numerusform>%n synchronisation en cours</numerusform>
            <numerusform>%n synchronisations en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is up</source>
        <translation>Tout est disponible</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
</context>
<context>
    <name>Dsp::ChoiceEditor</name>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectionWizard</name>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Create connection</source>
        <translation>Créer la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <source>New destination…</source>
        <translation>Nouvelle destination…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation>Nom de la connexion :</translation>
    </message>
    <message>
        <source>The connection reads the source&apos;s streams and writes them to the destination. The next step asks the source which streams it has.</source>
        <translation>La connexion lit les flux de la source et les écrit dans la destination. L&apos;étape suivante demande à la source quels flux elle a.</translation>
    </message>
    <message>
        <source>Cancel discovery</source>
        <translation>Annuler la découverte</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Discovery cancelled. Try again, or go back to choose another source.</source>
        <translation>Découverte annulée. Réessayez, ou revenez en arrière pour choisir une autre source.</translation>
    </message>
    <message>
        <source>Discovering for %1…</source>
        <translation>Découverte depuis %1…</translation>
    </message>
    <message>
        <source>Filter streams by name</source>
        <translation>Filtrer les flux par nom</translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation>Sélectionnés seulement</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Select the filtered ones</source>
        <translation>Sélectionner ceux filtrés</translation>
    </message>
    <message>
        <source>Sync every field</source>
        <translation>Synchroniser tous les champs</translation>
    </message>
    <message>
        <source>Cursor field:</source>
        <translation>Champ curseur :</translation>
    </message>
    <message>
        <source>Primary key (tick several for a composite key):</source>
        <translation>Clé primaire (cochez-en plusieurs pour une clé composée) :</translation>
    </message>
    <message>
        <source>The source&apos;s namespace (for PostgreSQL, its schema)</source>
        <translation>L&apos;espace de noms de la source (pour PostgreSQL, son schéma)</translation>
    </message>
    <message>
        <source>The destination&apos;s default</source>
        <translation>Celui par défaut de la destination</translation>
    </message>
    <message>
        <source>A custom format:</source>
        <translation>Un format personnalisé :</translation>
    </message>
    <message>
        <source>${SOURCE_NAMESPACE} stands for the stream&apos;s namespace at the source.</source>
        <translation>${SOURCE_NAMESPACE} représente l&apos;espace de noms du flux dans la source.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Where the destination writes each stream</source>
        <translation>Où la destination écrit chaque flux</translation>
    </message>
    <message>
        <source>Stream name prefix:</source>
        <translation>Préfixe des noms de flux :</translation>
    </message>
    <message>
        <source>Manual: only when someone clicks Sync now (or Airflow asks)</source>
        <translation>Manuelle : seulement quand quelqu&apos;un clique sur Synchroniser maintenant (ou qu&apos;Airflow le demande)</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Toutes les :</translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation>Cron :</translation>
    </message>
    <message>
        <source>0 0 */6 * * ?  (Quartz)  or  0 */6 * * *  (crontab)</source>
        <translation>0 0 */6 * * ?  (Quartz)  ou  0 */6 * * *  (crontab)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Le fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Source and destination</source>
        <translation>Source et destination</translation>
    </message>
    <message>
        <source>Reading the source&apos;s streams</source>
        <translation>Lecture des flux de la source</translation>
    </message>
    <message>
        <source>Streams to sync</source>
        <translation>Flux à synchroniser</translation>
    </message>
    <message>
        <source>Where the data lands</source>
        <translation>Où arrivent les données</translation>
    </message>
    <message>
        <source>When it syncs</source>
        <translation>Quand elle se synchronise</translation>
    </message>
    <message>
        <source>Review and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>Vérifier et créer</translation>
    </message>
    <message>
        <source>Connection saved</source>
        <translation>Connexion enregistrée</translation>
    </message>
    <message>
        <source>Connection created</source>
        <translation>Connexion créée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Loading sources and destinations…</source>
        <translation>Chargement des sources et des destinations…</translation>
    </message>
    <message>
        <source>Could not list the %1: %2</source>
        <translation>Impossible de lister les %1 : %2</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>destinations</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Airbyte is asking %1 which streams it has. On a big source this takes minutes.</source>
        <translation>Airbyte demande à %1 quels flux elle a. Sur une grosse source, cela prend des minutes.</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Découverte…</translation>
    </message>
    <message>
        <source>Airbyte did not finish the discovery in time: %1</source>
        <translation>Airbyte n&apos;a pas fini la découverte à temps : %1</translation>
    </message>
    <message>
        <source>Could not read what the destination can write: %1</source>
        <translation>Impossible de savoir ce que la destination sait écrire : %1</translation>
    </message>
    <message>
        <source>The discovery failed. %1</source>
        <translation>La découverte a échoué. %1</translation>
    </message>
    <message>
        <source>Choose a stream in the table.</source>
        <translation>Choisissez un flux dans le tableau.</translation>
    </message>
    <message>
        <source>The source decides the cursor of this stream.</source>
        <translation>La source décide du curseur de ce flux.</translation>
    </message>
    <message>
        <source>Only incremental syncs use a cursor.</source>
        <translation>Seules les synchronisations incrémentales utilisent un curseur.</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(choisissez un champ)</translation>
    </message>
    <message>
        <source>Incremental syncs read the records whose cursor is greater than the last one synced: a time of last update, or an ever-growing id.</source>
        <translation>Les synchronisations incrémentales lisent les enregistrements dont le curseur dépasse le dernier synchronisé : une date de dernière mise à jour, ou un identifiant toujours croissant.</translation>
    </message>
    <message>
        <source>The source defines the key: %1.</source>
        <translation>La source définit la clé : %1.</translation>
    </message>
    <message>
        <source>Deduplication keeps one record per key.</source>
        <translation>Le dédoublonnage garde un enregistrement par clé.</translation>
    </message>
    <message>
        <source>Only deduplicating modes use a key.</source>
        <translation>Seuls les modes avec dédoublonnage utilisent une clé.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 streams selected</source>
        <translation>
            <numerusform>%n flux sur %1 sélectionné</numerusform>
            <numerusform>%n flux sur %1 sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least one stream.</source>
        <translation>Sélectionnez au moins un flux.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) need a choice before going on.</source>
        <translation>
            <numerusform>%n flux demande un choix avant de continuer.</numerusform>
            <numerusform>%n flux demandent un choix avant de continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example, stream %1 lands as %2 in %3.</source>
        <translation>Par exemple, le flux %1 arrive sous le nom %2 dans %3.</translation>
    </message>
    <message>
        <source>Type a cron line.</source>
        <translation>Saisissez une ligne cron.</translation>
    </message>
    <message>
        <source>A crontab line: Airbyte needs Quartz, so it is saved as %1.</source>
        <translation>Une ligne crontab : Airbyte exige Quartz, elle est donc enregistrée sous la forme %1.</translation>
    </message>
    <message>
        <source>It never runs.</source>
        <translation>Elle ne s&apos;exécute jamais.</translation>
    </message>
    <message>
        <source>Next runs (%1): %2</source>
        <translation>Prochaines exécutions (%1) : %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>, cursor %1</source>
        <translation>, curseur %1</translation>
    </message>
    <message>
        <source>  • and more</source>
        <translation>  • et d&apos;autres</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s):</source>
        <translation>
            <numerusform>%n flux :</numerusform>
            <numerusform>%n flux :</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: %1, prefix %2</source>
        <translation>Écrit dans : %1, préfixe %2</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification : %1</translation>
    </message>
    <message>
        <source>Airbyte&apos;s answer was lost (%1). The connection may have been made: Create again looks for it first, so nothing is made twice.</source>
        <translation>La réponse d&apos;Airbyte s&apos;est perdue (%1). La connexion a peut-être été créée : Créer à nouveau la cherche d&apos;abord, rien n&apos;est donc créé deux fois.</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 est enregistrée.</translation>
    </message>
    <message>
        <source>%1 is created. Its first sync runs on its schedule, or now if you ask.</source>
        <translation>%1 est créée. Sa première synchronisation a lieu selon sa planification, ou maintenant si vous le demandez.</translation>
    </message>
    <message>
        <source>Creating the connection…</source>
        <translation>Création de la connexion…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Starting a sync…</source>
        <translation>Démarrage d&apos;une synchronisation…</translation>
    </message>
    <message>
        <source>The sync did not start: %1</source>
        <translation>La synchronisation n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>Sync started (job %1).</source>
        <translation>Synchronisation démarrée (tâche %1).</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>Loading the connection…</source>
        <translation>Chargement de la connexion…</translation>
    </message>
    <message>
        <source>Could not open the connection: %1</source>
        <translation>Impossible d&apos;ouvrir la connexion : %1</translation>
    </message>
    <message>
        <source>The stack guide&apos;s pipeline</source>
        <translation>Le pipeline du guide de la pile</translation>
    </message>
    <message>
        <source>PostgreSQL business_db to MinIO as Parquet under postgres-sync/: the streams customers and orders, Incremental | Append on updated_at (id where a table has none), every 6 hours. A source or destination that exists already is reused.</source>
        <translation>PostgreSQL business_db vers MinIO en Parquet sous postgres-sync/ : les flux customers et orders, Incrémentale | Ajout sur updated_at (id pour une table qui n&apos;en a pas), toutes les 6 heures. Une source ou une destination qui existe déjà est réutilisée.</translation>
    </message>
    <message>
        <source>New connection: the stack guide&apos;s pipeline</source>
        <translation>Nouvelle connexion : le pipeline du guide de la pile</translation>
    </message>
    <message>
        <source>Open an environment first: the pipeline is made from its PostgreSQL and MinIO.</source>
        <translation>Ouvrez d&apos;abord un environnement : le pipeline est fait à partir de son PostgreSQL et de son MinIO.</translation>
    </message>
    <message>
        <source>Looking for the pipeline&apos;s source and destination…</source>
        <translation>Recherche de la source et de la destination du pipeline…</translation>
    </message>
    <message>
        <source>This Airbyte offers no %1 connector.</source>
        <translation>Cet Airbyte ne propose pas de connecteur %1.</translation>
    </message>
    <message>
        <source>Source: %1 exists; it is reused.</source>
        <translation>Source : %1 existe ; elle est réutilisée.</translation>
    </message>
    <message>
        <source>Source: %1 is made from this environment&apos;s PostgreSQL (database business_db, user %2).</source>
        <translation>Source : %1 est créée à partir du PostgreSQL de cet environnement (base business_db, utilisateur %2).</translation>
    </message>
    <message>
        <source>Destination: %1 exists; it is reused.</source>
        <translation>Destination : %1 existe ; elle est réutilisée.</translation>
    </message>
    <message>
        <source>Destination: %1 is made from this environment&apos;s MinIO (bucket airbyte-staging, path postgres-sync, Parquet).</source>
        <translation>Destination : %1 est créée à partir du MinIO de cet environnement (bucket airbyte-staging, chemin postgres-sync, Parquet).</translation>
    </message>
    <message>
        <source>Schedule: the guide&apos;s %1, which Airbyte needs in Quartz form: %2 (UTC).</source>
        <translation>Planification : le %1 du guide, qu&apos;Airbyte exige sous forme Quartz : %2 (UTC).</translation>
    </message>
    <message>
        <source>Making the source %1…</source>
        <translation>Création de la source %1…</translation>
    </message>
    <message>
        <source>Making the destination %1…</source>
        <translation>Création de la destination %1…</translation>
    </message>
    <message>
        <source>This environment lacks %1 for %2: type it in Settings, or make it with New source… or New destination… in a new connection.</source>
        <translation>Il manque à cet environnement %1 pour %2 : saisissez-le dans Paramètres, ou créez-la avec Nouvelle source… ou Nouvelle destination… dans une nouvelle connexion.</translation>
    </message>
    <message>
        <source>The source has no table %1: choose the streams to sync in the table.</source>
        <translation>La source n&apos;a pas de table %1 : choisissez les flux à synchroniser dans le tableau.</translation>
    </message>
    <message>
        <source>Incremental | Append does not suit %1: the table says what to choose.</source>
        <translation>Incrémentale | Ajout ne convient pas à %1 : le tableau dit quoi choisir.</translation>
    </message>
    <message>
        <source>The guide&apos;s choices are made: check each step, then create.</source>
        <translation>Les choix du guide sont faits : vérifiez chaque étape, puis créez.</translation>
    </message>
    <message>
        <source>Refresh source schema</source>
        <translation>Actualiser le schéma de la source</translation>
    </message>
    <message>
        <source>Ask the source again which streams and fields it has, and review what changed since this connection was saved.</source>
        <translation>Redemander à la source quels flux et champs elle a, et passer en revue ce qui a changé depuis l&apos;enregistrement de cette connexion.</translation>
    </message>
    <message>
        <source>After saving, refresh %1: their data at the destination predates the new schema.</source>
        <translation>Après l&apos;enregistrement, actualisez %1 : leurs données dans la destination sont antérieures au nouveau schéma.</translation>
    </message>
    <message>
        <source>Airbyte is asking the source again for its streams…</source>
        <translation>Airbyte redemande ses flux à la source…</translation>
    </message>
    <message>
        <source>The schema was not refreshed: %1</source>
        <translation>Le schéma n&apos;a pas été actualisé : %1</translation>
    </message>
    <message>
        <source>The source&apos;s schema has not changed since the connection was saved.</source>
        <translation>Le schéma de la source n&apos;a pas changé depuis l&apos;enregistrement de la connexion.</translation>
    </message>
    <message>
        <source>The source&apos;s schema changed</source>
        <translation>Le schéma de la source a changé</translation>
    </message>
    <message>
        <source>Needs a refresh after saving (its data at the destination predates the change): %1.</source>
        <translation>À actualiser après l&apos;enregistrement (ses données dans la destination sont antérieures au changement) : %1.</translation>
    </message>
    <message>
        <source>Must be set again before saving (removed, or its cursor or key field is gone): %1.</source>
        <translation>À reconfigurer avant l&apos;enregistrement (supprimé, ou son champ curseur ou de clé a disparu) : %1.</translation>
    </message>
    <message>
        <source>No synced stream is affected.</source>
        <translation>Aucun flux synchronisé n&apos;est concerné.</translation>
    </message>
    <message>
        <source>Use the new schema</source>
        <translation>Utiliser le nouveau schéma</translation>
    </message>
    <message>
        <source>Keep the saved one</source>
        <translation>Garder celui enregistré</translation>
    </message>
    <message>
        <source>Since the connection was saved:</source>
        <translation>Depuis l&apos;enregistrement de la connexion :</translation>
    </message>
    <message>
        <source>The new schema is in the table; save to keep it.</source>
        <translation>Le nouveau schéma est dans le tableau ; enregistrez pour le garder.</translation>
    </message>
    <message>
        <source>The change is breaking: Airbyte has turned the connection off. Saving with the new schema turns it back on.</source>
        <translation>Le changement est cassant : Airbyte a désactivé la connexion. L&apos;enregistrer avec le nouveau schéma la réactive.</translation>
    </message>
    <message>
        <source>Airbyte selects top-level fields only: a nested field is synced with the field that holds it.</source>
        <translation>Airbyte ne sélectionne que les champs de premier niveau : un champ imbriqué est synchronisé avec le champ qui le contient.</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectionsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last sync</comment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>source → destination</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>last sync</comment>
        <extracomment>Last sync: its result, then when it started (&quot;Succeeded, 3/12/25 2:05 PM&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (connector)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1
Destination: %2</source>
        <translation>Source : %1
Destination : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <translation>Source → Destination</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>syncing, progress</comment>
        <extracomment>A running sync on the Connections page: &quot;Syncing… 3,555 records, 694 KiB so far&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Search by name, source or destination</source>
        <translation>Rechercher par nom, source ou destination</translation>
    </message>
    <message>
        <source>Airbyte workspace</source>
        <translation>Espace de travail Airbyte</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Airbyte is not configured in this environment (Settings).</source>
        <translation>Airbyte n’est pas configuré dans cet environnement (Paramètres).</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Chargement des connexions…</translation>
    </message>
    <message>
        <source>Could not load the connections: %1</source>
        <translation>Impossible de charger les connexions : %1</translation>
    </message>
    <message>
        <source>No connections in this workspace yet.</source>
        <translation>Aucune connexion dans cet espace de travail pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>Activation de « %1 »…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>Désactivation de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” was not enabled: %2</source>
        <translation>« %1 » n&apos;a pas été activée : %2</translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation>« %1 » n&apos;a pas été désactivée : %2</translation>
    </message>
    <message>
        <source>“%1” is enabled: Airbyte syncs it on its schedule.</source>
        <translation>« %1 » est activée : Airbyte la synchronise selon sa planification.</translation>
    </message>
    <message>
        <source>“%1” is disabled: Airbyte no longer syncs it.</source>
        <translation>« %1 » est désactivée : Airbyte ne la synchronise plus.</translation>
    </message>
    <message>
        <source>Starting a sync of “%1”…</source>
        <translation>Démarrage d&apos;une synchronisation de « %1 »…</translation>
    </message>
    <message>
        <source>The sync of “%1” did not start: %2</source>
        <translation>La synchronisation de « %1 » n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>Sync started (job %1).</source>
        <translation>Synchronisation démarrée (tâche %1).</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Supprimer la connexion « %1 » ?</translation>
    </message>
    <message>
        <source>Airbyte stops syncing it. The data already written at the destination “%1” stays there.</source>
        <translation>Airbyte cesse de la synchroniser. Les données déjà écrites dans la destination « %1 » y restent.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>« %1 » n’a pas été supprimée : %2</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>« %1 » a été supprimée.</translation>
    </message>
    <message>
        <source>The guide&apos;s pipeline…</source>
        <translation>Le pipeline du guide…</translation>
    </message>
    <message>
        <source>business_db to MinIO as Parquet, customers and orders, incremental, every 6 hours: the stack guide&apos;s connection, with its source and destination made or reused.</source>
        <translation>business_db vers MinIO en Parquet, customers et orders, en incrémental, toutes les 6 heures : la connexion du guide de la pile, avec sa source et sa destination créées ou réutilisées.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>The connection&apos;s syncs, running and past, on the Jobs page</source>
        <translation>Les synchronisations de la connexion, en cours et passées, dans la page Tâches</translation>
    </message>
    <message>
        <source>Use in Airflow…</source>
        <translation>Utiliser dans Airflow…</translation>
    </message>
    <message>
        <source>A DAG file that syncs this connection from Airflow, and the Airflow connection it needs</source>
        <translation>Un fichier DAG qui synchronise cette connexion depuis Airflow, et la connexion Airflow dont il a besoin</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorDialog</name>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>Nouvelle destination</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Resume the draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Loading the connectors…</source>
        <translation>Chargement des connecteurs…</translation>
    </message>
    <message>
        <source>Could not load the connectors: %1</source>
        <translation>Impossible de charger les connecteurs : %1</translation>
    </message>
    <message>
        <source>Loading the form of %1…</source>
        <translation>Chargement du formulaire de %1…</translation>
    </message>
    <message>
        <source>Could not load the connector&apos;s form: %1</source>
        <translation>Impossible de charger le formulaire du connecteur : %1</translation>
    </message>
    <message>
        <source>Filled from the environment&apos;s settings: check and create.</source>
        <translation>Rempli d’après les paramètres de l’environnement : vérifiez, puis créez.</translation>
    </message>
    <message>
        <source>Unfinished draft from %1.</source>
        <translation>Brouillon inachevé du %1.</translation>
    </message>
    <message>
        <source>Secrets are not kept on disk: type %1 again.</source>
        <translation>Les secrets ne sont pas conservés sur le disque : saisissez de nouveau %1.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was sent to Airbyte.</source>
        <translation>
            <numerusform>%n champ demande votre attention ; rien n’a été envoyé à Airbyte.</numerusform>
            <numerusform>%n champs demandent votre attention ; rien n’a été envoyé à Airbyte.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Airbyte connected with these settings.</source>
        <translation>✓ Airbyte s’est connecté avec ces paramètres.</translation>
    </message>
    <message>
        <source>Testing the connection: Airbyte starts the connector for it, which can take minutes…</source>
        <translation>Test de la connexion : Airbyte démarre le connecteur pour ce test, ce qui peut prendre plusieurs minutes…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>The test did not run: %1</source>
        <translation>Le test n’a pas pu s’exécuter : %1</translation>
    </message>
    <message>
        <source>Airbyte gave no reason.</source>
        <translation>Airbyte n’a donné aucune raison.</translation>
    </message>
    <message>
        <source>Airbyte could not connect with these settings: %1</source>
        <translation>Airbyte n’a pas pu se connecter avec ces paramètres : %1</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de « %1 »…</translation>
    </message>
    <message>
        <source>Airbyte did not confirm the creation (%1). It may exist already: Create again looks it up by name first, so nothing is made twice.</source>
        <translation>Airbyte n’a pas confirmé la création (%1). Elle existe peut-être déjà : un nouveau clic sur Créer la recherche d’abord par son nom, rien n’est donc créé en double.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créée : %1</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorForm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorPickerPage</name>
    <message>
        <source>Ready-made for this stack:</source>
        <translation>Prêts à l’emploi pour cette pile :</translation>
    </message>
    <message>
        <source>Search the source connectors</source>
        <translation>Rechercher parmi les connecteurs de source</translation>
    </message>
    <message>
        <source>Search the destination connectors</source>
        <translation>Rechercher parmi les connecteurs de destination</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorsModel</name>
    <message>
        <source>not used</source>
        <translation>inutilisée</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
</context>
<context>
    <name>Dsp::ConnectorsPage</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Search by name or connector</source>
        <translation>Rechercher par nom ou connecteur</translation>
    </message>
    <message>
        <source>Airbyte workspace</source>
        <translation>Espace de travail Airbyte</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>destinations</translation>
    </message>
    <message>
        <source>Airbyte is not configured in this environment (Settings).</source>
        <translation>Airbyte n’est pas configuré dans cet environnement (Paramètres).</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement des %1…</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>Impossible de charger les %1 : %2</translation>
    </message>
    <message>
        <source>No %1 in this workspace yet.</source>
        <translation>Pas encore de %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Delete the source “%1” from Airbyte?</source>
        <translation>Supprimer la source « %1 » d’Airbyte ?</translation>
    </message>
    <message>
        <source>Delete the destination “%1” from Airbyte?</source>
        <translation>Supprimer la destination « %1 » d’Airbyte ?</translation>
    </message>
    <message>
        <source>These connections use it and will be deleted with it: %1.</source>
        <translation>Ces connexions l’utilisent et seront supprimées avec elle : %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>« %1 » n’a pas été supprimée : %2</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <source>New destination…</source>
        <translation>Nouvelle destination…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
</context>
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
    <message>
        <source>no CA file named</source>
        <translation>aucun fichier de CA indiqué</translation>
    </message>
    <message>
        <source>CA file %1 does not exist</source>
        <translation>le fichier de CA %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>CA file %1 is a folder, not a file</source>
        <translation>le fichier de CA %1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>CA file %1 cannot be read: %2</source>
        <translation>le fichier de CA %1 est illisible : %2</translation>
    </message>
    <message>
        <source>CA file %1 is empty</source>
        <translation>le fichier de CA %1 est vide</translation>
    </message>
    <message>
        <source>CA file %1 is too large to be a certificate file</source>
        <translation>le fichier de CA %1 est trop gros pour être un fichier de certificats</translation>
    </message>
    <message>
        <source>CA file %1 holds no certificate (PEM or DER expected)</source>
        <translation>le fichier de CA %1 ne contient aucun certificat (PEM ou DER attendu)</translation>
    </message>
    <message>
        <source>its certificate is not issued by a certificate authority this computer trusts (for a private CA, give its CA file)</source>
        <translation>son certificat n&apos;est pas émis par une autorité de certification reconnue par cet ordinateur (pour une CA privée, indiquez son fichier de CA)</translation>
    </message>
    <message>
        <source>its certificate is for %1, not for %2</source>
        <translation>son certificat est pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; expired on %2</source>
        <translation>le certificat « %1 » a expiré le %2</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; is not valid before %2</source>
        <translation>le certificat « %1 » n&apos;est pas valide avant le %2</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; was revoked</source>
        <translation>le certificat « %1 » a été révoqué</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed (is it an HTTPS port?): %2</source>
        <translation>échec de la négociation TLS avec %1 (est-ce un port HTTPS ?) : %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1 : %2</translation>
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
    <message>
        <source>No sync running</source>
        <translation>Aucune synchronisation en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n sync(s) running now</source>
        <translation>
            <numerusform>%n synchronisation en cours</numerusform>
            <numerusform>%n synchronisations en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>none failed in the last 24 hours</source>
        <translation>aucune en échec ces dernières 24 heures</translation>
    </message>
    <message>
        <source>%1+ failed in the last 24 hours</source>
        <translation>%1+ en échec ces dernières 24 heures</translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last 24 hours</source>
        <translation>
            <numerusform>%n en échec ces dernières 24 heures</numerusform>
            <numerusform>%n en échec ces dernières 24 heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::DefinitionsModel</name>
    <message>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Generally available</source>
        <translation>Disponibilité générale</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Release stage</source>
        <translation>Stade de publication</translation>
    </message>
</context>
<context>
    <name>Dsp::EntryListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation>Ajouter une entrée à %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrée %1</translation>
    </message>
</context>
<context>
    <name>Dsp::EnumEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>Dsp::EnvironmentDialog</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Dsp::EnvironmentEditor</name>
    <message>
        <source>Local, Recette, Production…</source>
        <translation>Local, Recette, Production…</translation>
    </message>
    <message>
        <source>Environment name:</source>
        <translation>Nom de l’environnement :</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Look for the stack on this computer&apos;s default ports and fill in what answers</source>
        <translation>Chercher la pile sur les ports par défaut de cet ordinateur et remplir ce qui répond</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Check this service with what is typed above, without saving</source>
        <translation>Vérifier ce service avec les valeurs saisies ci-dessus, sans enregistrer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>User name and password (docker-compose proxy)</source>
        <translation>Nom d’utilisateur et mot de passe (proxy docker-compose)</translation>
    </message>
    <message>
        <source>Client id and secret (abctl 1.x)</source>
        <translation>Identifiant client et secret (abctl 1.x)</translation>
    </message>
    <message>
        <source>Paste here what `abctl local credentials` printed: the client id and secret are filled in for you.</source>
        <translation>Collez ici ce qu’a affiché `abctl local credentials` : l’identifiant client et le secret sont remplis automatiquement.</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificats du système</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL de l’API :</translation>
    </message>
    <message>
        <source>Web app URL:</source>
        <translation>URL de l’application web :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>abctl output:</source>
        <translation>Sortie d’abctl :</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat de CA :</translation>
    </message>
    <message>
        <source>Certificate authority for Airbyte</source>
        <translation>Autorité de certification pour Airbyte</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison :</translation>
    </message>
    <message>
        <source>Console URL:</source>
        <translation>URL de la console :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Clé d’accès :</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clé secrète :</translation>
    </message>
    <message>
        <source>Buckets to check:</source>
        <translation>Buckets à vérifier :</translation>
    </message>
    <message>
        <source>Certificate authority for MinIO</source>
        <translation>Autorité de certification pour MinIO</translation>
    </message>
    <message>
        <source>disable: never TLS</source>
        <translation>disable : jamais de TLS</translation>
    </message>
    <message>
        <source>allow: TLS if the server insists</source>
        <translation>allow : TLS si le serveur l’exige</translation>
    </message>
    <message>
        <source>prefer: TLS when the server offers it</source>
        <translation>prefer : TLS si le serveur le propose</translation>
    </message>
    <message>
        <source>require: TLS, certificate not checked</source>
        <translation>require : TLS, certificat non vérifié</translation>
    </message>
    <message>
        <source>verify-ca: TLS, certificate from a trusted CA</source>
        <translation>verify-ca : TLS, certificat émis par une CA de confiance</translation>
    </message>
    <message>
        <source>verify-full: TLS, trusted CA and host name</source>
        <translation>verify-full : TLS, CA de confiance et nom d’hôte vérifié</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Databases to check:</source>
        <translation>Bases de données à vérifier :</translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation>TLS (sslmode) :</translation>
    </message>
    <message>
        <source>Certificate authority for PostgreSQL</source>
        <translation>Autorité de certification pour PostgreSQL</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Web UI URL:</source>
        <translation>URL de l’interface web :</translation>
    </message>
    <message>
        <source>Certificate authority for Dremio</source>
        <translation>Autorité de certification pour Dremio</translation>
    </message>
    <message>
        <source>gRPC port:</source>
        <translation>Port gRPC :</translation>
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation>Donnez un nom à l’environnement.</translation>
    </message>
    <message>
        <source>Airbyte&apos;s API URL</source>
        <translation>L’URL de l’API d’Airbyte</translation>
    </message>
    <message>
        <source>Airbyte&apos;s web app URL</source>
        <translation>L’URL de l’application web d’Airbyte</translation>
    </message>
    <message>
        <source>MinIO&apos;s endpoint</source>
        <translation>Le point de terminaison de MinIO</translation>
    </message>
    <message>
        <source>MinIO&apos;s console URL</source>
        <translation>L’URL de la console de MinIO</translation>
    </message>
    <message>
        <source>Dremio&apos;s URL</source>
        <translation>L’URL de Dremio</translation>
    </message>
    <message>
        <source>Dremio&apos;s web UI URL</source>
        <translation>L’URL de l’interface web de Dremio</translation>
    </message>
    <message>
        <source>Temporal&apos;s web UI URL</source>
        <translation>L’URL de l’interface web de Temporal</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 n’est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>No Client-Id or Client-Secret line found in the pasted text.</source>
        <translation>Aucune ligne Client-Id ou Client-Secret trouvée dans le texte collé.</translation>
    </message>
    <message>
        <source>Client id and secret filled in.</source>
        <translation>Identifiant client et secret remplis.</translation>
    </message>
    <message>
        <source>Client id and secret filled in (account %1).</source>
        <translation>Identifiant client et secret remplis (compte %1).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Not configured: fill in the address first.</source>
        <translation>Non configuré : renseignez d’abord l’adresse.</translation>
    </message>
    <message>
        <source>Looking for the stack on %1…</source>
        <translation>Recherche de la pile sur %1…</translation>
    </message>
    <message>
        <source>Nothing answers on %1&apos;s default ports. Type the addresses of your stack below.</source>
        <translation>Rien ne répond sur les ports par défaut de %1. Saisissez ci-dessous les adresses de votre pile.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n of 5 services on %1.</source>
        <translation>
            <numerusform>Sur %1, %n service trouvé sur 5.</numerusform>
            <numerusform>Sur %1, %n services trouvés sur 5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::FormStyle</name>
    <message>
        <source>More…</source>
        <translation>Lire la suite…</translation>
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
        <source>Airbyte&apos;s proxy refused the user name or password (user %1)</source>
        <translation>le proxy d&apos;Airbyte a refusé le nom d&apos;utilisateur ou le mot de passe (utilisateur %1)</translation>
    </message>
    <message>
        <source>Airbyte&apos;s proxy asks for a user name and password: set HTTP basic authentication in the profile</source>
        <translation>le proxy d&apos;Airbyte demande un nom d&apos;utilisateur et un mot de passe : configurez l&apos;authentification HTTP basic dans le profil</translation>
    </message>
    <message>
        <source>the profile selects client credentials for Airbyte but has no client id or secret</source>
        <translation>le profil choisit les identifiants client pour Airbyte mais n&apos;a pas d&apos;identifiant client ou de secret</translation>
    </message>
    <message>
        <source>Airbyte is running, but its token request failed: %1</source>
        <translation>Airbyte fonctionne, mais sa demande de jeton a échoué : %1</translation>
    </message>
    <message>
        <source>Airbyte refused the client id or secret</source>
        <translation>Airbyte a refusé l&apos;identifiant client ou le secret</translation>
    </message>
    <message>
        <source>Airbyte refused the client id or secret: %1</source>
        <translation>Airbyte a refusé l&apos;identifiant client ou le secret : %1</translation>
    </message>
    <message>
        <source>Airbyte has no token route (HTTP 404 from %1): it is older than client credentials, or the API URL is wrong</source>
        <translation>Airbyte n&apos;a pas de route de jeton (HTTP 404 de %1) : il est antérieur aux identifiants client, ou l&apos;URL de l&apos;API est erronée</translation>
    </message>
    <message>
        <source>invalid answer from %1: no access_token</source>
        <translation>réponse invalide de %1 : pas d&apos;access_token</translation>
    </message>
    <message>
        <source>client id and secret accepted</source>
        <translation>identifiant client et secret acceptés</translation>
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
    <message>
        <source>%1 does not accept TLS connections, which sslmode=%2 requires: set sslmode to prefer or disable, or enable ssl on the server</source>
        <translation>%1 n&apos;accepte pas les connexions TLS, que sslmode=%2 exige : réglez sslmode sur prefer ou disable, ou activez ssl sur le serveur</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 could not be verified (sslmode=%2): %3</source>
        <translation>le certificat TLS de %1 n&apos;a pas pu être vérifié (sslmode=%2) : %3</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>invalid sslmode &quot;%1&quot;: use one of %2</source>
        <translation>sslmode « %1 » invalide : utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>invalid answer from %1: %2</source>
        <translation>réponse invalide de %1 : %2</translation>
    </message>
    <message>
        <source>this Airbyte has no workspace yet</source>
        <translation>cet Airbyte n’a encore aucun espace de travail</translation>
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
    <name>Dsp::JobDetails</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Copy job link</source>
        <translation>Copier le lien de la tâche</translation>
    </message>
    <message>
        <source>The job&apos;s page in Airbyte&apos;s web app</source>
        <translation>La page de la tâche dans l’application web d’Airbyte</translation>
    </message>
    <message>
        <source>Open in Airbyte</source>
        <translation>Ouvrir dans Airbyte</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Enreg./s</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Select a job to see its attempts and streams.</source>
        <translation>Sélectionnez une tâche pour voir ses tentatives et ses flux.</translation>
    </message>
    <message>
        <source>Job %1 · %2 of %3 · %4 · %5</source>
        <extracomment>Job 1234 · Sync of shop · Succeeded · 12 min</extracomment>
        <translation>Tâche %1 · %2 de %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Waiting for Airbyte to start it.</source>
        <translation>En attente de son démarrage par Airbyte.</translation>
    </message>
    <message>
        <source>Set the address of Airbyte&apos;s web app in Settings to link to its jobs.</source>
        <translation>Indiquez l’adresse de l’application web d’Airbyte dans les Paramètres pour lier ses tâches.</translation>
    </message>
    <message>
        <source>Airbyte gives no estimate for this sync: the counts above grow as it goes.</source>
        <translation>Airbyte ne donne pas d’estimation pour cette synchronisation : les compteurs ci-dessus augmentent au fil de l’eau.</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>Voir le journal</translation>
    </message>
    <message>
        <source>Every attempt&apos;s log on the Logs page, followed while the job runs</source>
        <translation>Le journal de chaque tentative sur la page Journaux, suivi tant que la tâche tourne</translation>
    </message>
    <message>
        <source>Archive Log</source>
        <translation>Archiver le journal</translation>
    </message>
    <message>
        <source>Copy the ended attempts&apos; logs to the log bucket (job-&lt;id&gt;/attempt-&lt;n&gt;/logs.log and metadata.json)</source>
        <translation>Copier les journaux des tentatives terminées dans le bucket des journaux (job-&lt;id&gt;/attempt-&lt;n&gt;/logs.log et metadata.json)</translation>
    </message>
</context>
<context>
    <name>Dsp::JobsModel</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
</context>
<context>
    <name>Dsp::JobsPage</name>
    <message>
        <source>The whole connection</source>
        <translation>Toute la connexion</translation>
    </message>
    <message>
        <source>Only these streams:</source>
        <translation>Seulement ces flux :</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Clear (reset)</source>
        <translation>Effacement (réinitialisation)</translation>
    </message>
    <message>
        <source>Every connection</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>Annuler la tâche…</translation>
    </message>
    <message>
        <source>Clear data…</source>
        <translation>Effacer les données…</translation>
    </message>
    <message>
        <source>Erase the connection&apos;s data at the destination and sync again from the start</source>
        <translation>Effacer les données de la connexion dans la destination et tout synchroniser à nouveau depuis le début</translation>
    </message>
    <message>
        <source>Refresh streams…</source>
        <translation>Rafraîchir les flux…</translation>
    </message>
    <message>
        <source>Sync streams again from the start, keeping what the destination has until the new data arrives (Airbyte 0.57 and later)</source>
        <translation>Synchroniser à nouveau des flux depuis le début, en gardant ce que la destination contient jusqu’à l’arrivée des nouvelles données (Airbyte 0.57 et suivants)</translation>
    </message>
    <message>
        <source>Airbyte is not configured in this environment (Settings).</source>
        <translation>Airbyte n’est pas configuré dans cet environnement (Paramètres).</translation>
    </message>
    <message>
        <source>Waiting for the workspace: with several, choose one on the Connections page.</source>
        <translation>En attente de l’espace de travail : s’il y en a plusieurs, choisissez-en un dans la page Connexions.</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Chargement des tâches…</translation>
    </message>
    <message>
        <source>Could not load the jobs: %1</source>
        <translation>Impossible de charger les tâches : %1</translation>
    </message>
    <message>
        <source>No jobs match these filters.</source>
        <translation>Aucune tâche ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Could not load more jobs: %1</source>
        <translation>Impossible de charger plus de tâches : %1</translation>
    </message>
    <message>
        <source>Starting a sync of “%1”…</source>
        <translation>Lancement d’une synchronisation de « %1 »…</translation>
    </message>
    <message>
        <source>The sync of “%1” did not start: %2</source>
        <translation>La synchronisation de « %1 » n’a pas démarré : %2</translation>
    </message>
    <message>
        <source>Sync of “%1” started (job %2).</source>
        <translation>Synchronisation de « %1 » lancée (tâche %2).</translation>
    </message>
    <message>
        <source>Sync “%1” now? Airbyte reads what is new at the source and writes it to the destination.</source>
        <translation>Synchroniser « %1 » maintenant ? Airbyte lit ce qui est nouveau dans la source et l’écrit dans la destination.</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annulation de la tâche %1…</translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation>La tâche %1 n’a pas été annulée : %2</translation>
    </message>
    <message>
        <source>Job %1 of “%2” is cancelled.</source>
        <translation>La tâche %1 de « %2 » est annulée.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Cancel job %1 of “%2”? What it already wrote at the destination stays there; the next sync carries on from the last saved state.</source>
        <translation>Annuler la tâche %1 de « %2 » ? Ce qu’elle a déjà écrit dans la destination y reste ; la prochaine synchronisation reprend au dernier état enregistré.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Clear data</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <source>Clear the data of “%1”? Airbyte erases what this connection wrote at the destination, and its saved state, for the streams chosen; the next sync reads them again from the start. This cannot be undone.</source>
        <translation>Effacer les données de « %1 » ? Airbyte efface ce que cette connexion a écrit dans la destination, et son état enregistré, pour les flux choisis ; la prochaine synchronisation les relit depuis le début. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Clear the data</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <source>Clearing the data of “%1”…</source>
        <translation>Effacement des données de « %1 »…</translation>
    </message>
    <message>
        <source>The data of “%1” was not cleared: %2</source>
        <translation>Les données de « %1 » n’ont pas été effacées : %2</translation>
    </message>
    <message>
        <source>Clearing all the data of “%1” (job %2).</source>
        <translation>Effacement de toutes les données de « %1 » (tâche %2).</translation>
    </message>
    <message>
        <source>Clearing %1 of “%2” (job %3).</source>
        <translation>Effacement de %1 de « %2 » (tâche %3).</translation>
    </message>
    <message>
        <source>Refresh streams</source>
        <translation>Rafraîchir les flux</translation>
    </message>
    <message>
        <source>Refresh “%1”? Airbyte syncs the chosen streams again from the start and replaces what the destination has for them once the new data is there.</source>
        <translation>Rafraîchir « %1 » ? Airbyte synchronise à nouveau les flux choisis depuis le début et remplace ce que la destination contient pour eux une fois les nouvelles données arrivées.</translation>
    </message>
    <message>
        <source>Starting a refresh of “%1”…</source>
        <translation>Lancement d’un rafraîchissement de « %1 »…</translation>
    </message>
    <message>
        <source>The refresh of “%1” did not start: %2</source>
        <translation>Le rafraîchissement de « %1 » n’a pas démarré : %2</translation>
    </message>
    <message>
        <source>Refresh of “%1” started.</source>
        <translation>Rafraîchissement de « %1 » lancé.</translation>
    </message>
    <message>
        <source>Refresh of “%1” started (job %2).</source>
        <translation>Rafraîchissement de « %1 » lancé (tâche %2).</translation>
    </message>
    <message>
        <source>Loading the last syncs…</source>
        <translation>Chargement des dernières synchronisations…</translation>
    </message>
    <message>
        <source>Could not load the last syncs: %1</source>
        <translation>Impossible de charger les dernières synchronisations : %1</translation>
    </message>
</context>
<context>
    <name>Dsp::LogView</name>
    <message>
        <source> … (%1 more bytes)</source>
        <translation> … (%1 octets de plus)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n Lines</source>
        <translation>
            <numerusform>&amp;Copier %n ligne</numerusform>
            <numerusform>&amp;Copier %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Line</source>
        <translation>&amp;Copier la ligne</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Line</source>
        <translation>Copier le &amp;lien vers la ligne</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
</context>
<context>
    <name>Dsp::Logs</name>
    <message>
        <source>No log is open.</source>
        <translation>Aucun journal n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>L’enregistrement a été annulé.</translation>
    </message>
    <message>
        <source>The log events are not valid JSON.</source>
        <translation>Les événements du journal ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <source>The log events are not a JSON object.</source>
        <translation>Les événements du journal ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2.</source>
        <translation>L’expression régulière n’est pas valide au caractère %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be searched: the expression is too complex for them.</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être cherchée : l’expression est trop complexe pour elle.</numerusform>
            <numerusform>%n lignes n’ont pas pu être cherchées : l’expression est trop complexe pour elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <comment>attempt</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>attempt</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>attempt</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>attempt</comment>
        <translation>réussie</translation>
    </message>
    <message>
        <source>status unknown</source>
        <comment>attempt</comment>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 · started %3 · %4</source>
        <extracomment>A separator line in a job&apos;s log; %3 is when the attempt started, %4 its status</extracomment>
        <translation>Tentative %1 sur %2 · commencée %3 · %4</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 · %3</source>
        <translation>Tentative %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>Attempt %1 ended %2 · %3</source>
        <extracomment>The line written when a followed attempt ended; %2 is when, %3 its status</extracomment>
        <translation>Tentative %1 terminée %2 · %3</translation>
    </message>
    <message>
        <source>Attempt %1 ended · %2</source>
        <translation>Tentative %1 terminée · %2</translation>
    </message>
    <message>
        <source>Folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>%1 is not a log of this folder.</source>
        <translation>%1 n’est pas un journal de ce dossier.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>No log of job %1, attempt %2 in %3.</source>
        <translation>Aucun journal de la tâche %1, tentative %2, dans %3.</translation>
    </message>
    <message>
        <source>Job %1, attempt %2: %3</source>
        <translation>Tâche %1, tentative %2 : %3</translation>
    </message>
    <message>
        <source>Airbyte or the log bucket is not set up in this environment.</source>
        <translation>Airbyte ou le bucket des journaux n’est pas configuré dans cet environnement.</translation>
    </message>
    <message>
        <source>Job %1 has no ended attempt to archive yet.</source>
        <translation>La tâche %1 n’a pas encore de tentative terminée à archiver.</translation>
    </message>
    <message>
        <source>Job %1: reading the log of attempt %2…</source>
        <translation>Tâche %1 : lecture du journal de la tentative %2…</translation>
    </message>
    <message>
        <source>The log could not be written to a temporary file: %1</source>
        <translation>Le journal n’a pas pu être écrit dans un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Tâche %1 : %2</translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::AttemptLogSource</name>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Job %1, attempt 1</source>
        <translation>Tâche %1, tentative 1</translation>
    </message>
    <message>
        <source>Job %1, attempts 1-%2</source>
        <translation>Tâche %1, tentatives 1-%2</translation>
    </message>
    <message>
        <source>No temporary file for the log: %1</source>
        <translation>Pas de fichier temporaire pour le journal : %1</translation>
    </message>
    <message>
        <source>The Airbyte connection was closed.</source>
        <translation>La connexion à Airbyte a été fermée.</translation>
    </message>
    <message>
        <source>Reading attempt %1 of %2…</source>
        <translation>Lecture de la tentative %1 sur %2…</translation>
    </message>
    <message>
        <source>Airbyte rewrote the log of attempt %1: read again.</source>
        <translation>Airbyte a réécrit le journal de la tentative %1 : relu.</translation>
    </message>
    <message>
        <source>The log could not be written to a temporary file: %1</source>
        <translation>Le journal n’a pas pu être écrit dans un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>Attempt %1 ended (%2).</source>
        <translation>Tentative %1 terminée (%2).</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s first attempt…</source>
        <translation>En attente de la première tentative de la tâche…</translation>
    </message>
    <message numerus="yes">
        <source>Read to its end (%n attempt(s)).</source>
        <translation>
            <numerusform>Lu jusqu’au bout (%n tentative).</numerusform>
            <numerusform>Lu jusqu’au bout (%n tentatives).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date; read again every %n second(s).</source>
        <translation>
            <numerusform>À jour ; relu toutes les %n seconde.</numerusform>
            <numerusform>À jour ; relu toutes les %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::FolderLogStore</name>
    <message>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::LocalFileSource</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a log file.</source>
        <translation>%1 est un dossier, pas un fichier journal.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>Impossible de lire %1 (droits d’accès).</translation>
    </message>
    <message>
        <source>The file was removed; waiting for it to come back.</source>
        <translation>Le fichier a été supprimé ; en attente de son retour.</translation>
    </message>
    <message>
        <source>The file was replaced; read again.</source>
        <translation>Le fichier a été remplacé ; relu.</translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::LogArchiver</name>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>Le journal %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The log %1 is larger than %2, too large to archive.</source>
        <translation>Le journal %1 dépasse %2 : trop gros pour être archivé.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>The S3 client is gone.</source>
        <translation>Le client S3 n’existe plus.</translation>
    </message>
    <message>
        <source>Job %1, attempt %2 is already archived in %3; nothing written.</source>
        <translation>Tâche %1, tentative %2 : déjà archivée dans %3 ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Job %1, attempt %2: %3 of log archived to %4/%5.</source>
        <translation>Tâche %1, tentative %2 : %3 de journal archivés dans %4/%5.</translation>
    </message>
    <message>
        <source>Job %1, attempt %2 was not archived: %3</source>
        <translation>Tâche %1, tentative %2 non archivée : %3</translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::LogDocument</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>Le fichier n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::S3LogStore</name>
    <message>
        <source>bucket %1 or %2</source>
        <translation>bucket %1 ou %2</translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation>bucket %1</translation>
    </message>
    <message>
        <source>Neither bucket %1 nor bucket %2 exists: set the logs bucket of this environment.</source>
        <translation>Ni le bucket %1 ni le bucket %2 n’existent : indiquez le bucket des journaux de cet environnement.</translation>
    </message>
    <message>
        <source>Bucket %1 holds no job logs yet.</source>
        <translation>Le bucket %1 ne contient encore aucun journal de tâche.</translation>
    </message>
    <message>
        <source>Job logs are in bucket %1 (%2 does not exist).</source>
        <translation>Les journaux des tâches sont dans le bucket %1 (%2 n’existe pas).</translation>
    </message>
    <message>
        <source>Job logs are in bucket %1 (%2 holds none).</source>
        <translation>Les journaux des tâches sont dans le bucket %1 (%2 n’en contient aucun).</translation>
    </message>
    <message>
        <source>Job logs are in bucket %1.</source>
        <translation>Les journaux des tâches sont dans le bucket %1.</translation>
    </message>
</context>
<context>
    <name>Dsp::Logs::StoredAttemptLogSource</name>
    <message>
        <source>Job %1, attempt %2 (%3)</source>
        <translation>Tâche %1, tentative %2 (%3)</translation>
    </message>
    <message>
        <source>Job %1, attempt %2, line %3</source>
        <translation>Tâche %1, tentative %2, ligne %3</translation>
    </message>
    <message>
        <source>The log store is gone.</source>
        <translation>Le stockage des journaux n’existe plus.</translation>
    </message>
    <message>
        <source>No temporary file for the log: %1</source>
        <translation>Pas de fichier temporaire pour le journal : %1</translation>
    </message>
    <message>
        <source>Listing the log of job %1, attempt %2…</source>
        <translation>Liste du journal de la tâche %1, tentative %2…</translation>
    </message>
    <message>
        <source>No log objects yet; waiting for them.</source>
        <translation>Pas encore d’objet de journal ; en attente.</translation>
    </message>
    <message>
        <source>%1 is not a log object (%2); skipped.</source>
        <translation>%1 n’est pas un objet de journal (%2) ; ignoré.</translation>
    </message>
    <message>
        <source>The log could not be written to %1: %2</source>
        <translation>Le journal n’a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>The stored log changed; reading it again.</source>
        <translation>Le journal stocké a changé ; nouvelle lecture.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n log object(s).</source>
        <translation>
            <numerusform>%n objet de journal lu.</numerusform>
            <numerusform>%n objets de journal lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the new log objects (%1); trying again shortly.</source>
        <translation>Impossible de lire les nouveaux objets du journal (%1) ; nouvel essai sous peu.</translation>
    </message>
</context>
<context>
    <name>Dsp::LogsPage</name>
    <message>
        <source>%1 selected: too much for the clipboard. Save the shown lines instead.</source>
        <translation>%1 sélectionnés : trop pour le presse-papiers. Enregistrez plutôt les lignes affichées.</translation>
    </message>
    <message>
        <source>No log open</source>
        <translation>Aucun journal ouvert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open a log file (or drop one here)</source>
        <translation>Ouvrir un fichier journal (ou le déposer ici)</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <source>abctl keeps job logs under ~/.airbyte/abctl; none on this computer.</source>
        <translation>abctl garde les journaux de tâches sous ~/.airbyte/abctl ; aucun sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep reading the log as it grows and stay at its end</source>
        <translation>Continuer à lire le journal à mesure qu’il grandit et rester à sa fin</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Couper les lignes longues</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;Whole Log…</source>
        <translation>Enregistrer le journal &amp;entier…</translation>
    </message>
    <message>
        <source>Save &amp;Shown Lines…</source>
        <translation>Enregistrer les lignes &amp;affichées…</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Rechercher (%1)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Go to line or time (Ctrl+G)</source>
        <translation>Aller à la ligne ou à l’heure (Ctrl+G)</translation>
    </message>
    <message>
        <source>A line number, or a time: 14:03, 14:03:12, 2024-09-09 14:03</source>
        <translation>Un numéro de ligne, ou une heure : 14:03, 14:03:12, 2024-09-09 14:03</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Show lines of this level</source>
        <translation>Afficher les lignes de ce niveau</translation>
    </message>
    <message>
        <source>Lines without a level (and the records they open)</source>
        <translation>Lignes sans niveau (et les enregistrements qu’elles ouvrent)</translation>
    </message>
    <message>
        <source>Source connector</source>
        <translation>Connecteur source</translation>
    </message>
    <message>
        <source>Destination connector</source>
        <translation>Connecteur de destination</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Replication orchestrator</source>
        <translation>Orchestrateur de réplication</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Other prefixes</source>
        <translation>Autres préfixes</translation>
    </message>
    <message>
        <source>No prefix</source>
        <translation>Sans préfixe</translation>
    </message>
    <message>
        <source>Show only lines with…</source>
        <translation>N’afficher que les lignes avec…</translation>
    </message>
    <message>
        <source>Uses the search&apos;s options (regular expression, case, words)</source>
        <translation>Utilise les options de la recherche (expression régulière, casse, mots)</translation>
    </message>
    <message>
        <source>Hide lines with…</source>
        <translation>Masquer les lignes avec…</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Open a job log</source>
        <translation>Ouvrir un journal de tâche</translation>
    </message>
    <message>
        <source>A log file a colleague sent, or one abctl keeps under ~/.airbyte/abctl: choose it or drop it here. Logs of any size open at once.</source>
        <translation>Un fichier journal envoyé par un collègue, ou un de ceux qu’abctl garde sous ~/.airbyte/abctl : choisissez-le ou déposez-le ici. Les journaux de toute taille s’ouvrent aussitôt.</translation>
    </message>
    <message>
        <source>Open a Log File…</source>
        <translation>Ouvrir un fichier journal…</translation>
    </message>
    <message>
        <source>Open from abctl&apos;s Job Logs…</source>
        <translation>Ouvrir depuis les journaux de tâches d’abctl…</translation>
    </message>
    <message>
        <source>Open a Log File</source>
        <translation>Ouvrir un fichier journal</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.json *.out);;All files (*)</source>
        <translation>Journaux (*.log *.txt *.json *.out);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This log has %1 lines.</source>
        <translation>Ce journal a %1 lignes.</translation>
    </message>
    <message>
        <source>“%1” is neither a line number nor a time (14:03, 2024-09-09 14:03:12).</source>
        <translation>« %1 » n’est ni un numéro de ligne ni une heure (14:03, 2024-09-09 14:03:12).</translation>
    </message>
    <message>
        <source>No line of this log has a time.</source>
        <translation>Aucune ligne de ce journal n’a d’heure.</translation>
    </message>
    <message>
        <source>No line is as late as %1.</source>
        <translation>Aucune ligne n’est aussi tardive que %1.</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Enregistrement dans %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>-filtered</source>
        <translation>-filtre</translation>
    </message>
    <message>
        <source>Save the Shown Lines</source>
        <translation>Enregistrer les lignes affichées</translation>
    </message>
    <message>
        <source>Save the Log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>« %1 » copié.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Aucune source</translation>
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
        <translation>%1 lignes pour l’instant · indexation %2 %</translation>
    </message>
    <message>
        <source>%1 lines · %2</source>
        <translation>%1 lignes · %2</translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation>%1 affichées</translation>
    </message>
    <message>
        <source> (filtering %1%)</source>
        <translation> (filtrage %1 %)</translation>
    </message>
    <message>
        <source>following</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>From the Log &amp;Bucket…</source>
        <translation>Depuis le &amp;bucket des journaux…</translation>
    </message>
    <message>
        <source>Set MinIO&apos;s access key in Settings to read the log bucket.</source>
        <translation>Renseignez la clé d’accès MinIO dans les Paramètres pour lire le bucket des journaux.</translation>
    </message>
    <message>
        <source>From abctl&apos;s &amp;Job Logs…</source>
        <translation>Depuis les &amp;journaux de tâches d’abctl…</translation>
    </message>
    <message>
        <source>The log is still being read; save it once the count below stops growing.</source>
        <translation>Le journal est encore en cours de lecture ; enregistrez-le quand le compte ci-dessous ne bouge plus.</translation>
    </message>
</context>
<context>
    <name>Dsp::MainWindow</name>
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
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Airbyte password</source>
        <translation>mot de passe Airbyte</translation>
    </message>
    <message>
        <source>Airbyte client secret</source>
        <translation>secret client Airbyte</translation>
    </message>
    <message>
        <source>MinIO secret key</source>
        <translation>clé secrète MinIO</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Dremio password</source>
        <translation>mot de passe Dremio</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <source>New environment…</source>
        <translation>Nouvel environnement…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>No environment yet. Tell the panel where your stack runs: its addresses and how to log in.</source>
        <translation>Aucun environnement pour l’instant. Indiquez au panneau où s’exécute votre pile : ses adresses et comment s’y connecter.</translation>
    </message>
    <message>
        <source>Set up an environment…</source>
        <translation>Configurer un environnement…</translation>
    </message>
    <message>
        <source>%1 — Data Stack Panel</source>
        <translation>%1 — Data Stack Panel</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Passwords and keys are kept in the system&apos;s credential store, never in the profile file.</source>
        <translation>Les mots de passe et les clés sont conservés dans le coffre d’identifiants du système, jamais dans le fichier de profil.</translation>
    </message>
    <message>
        <source>No credential store is available (%1). Passwords and keys are kept for this session only and will be asked for again next time; none is written to disk.</source>
        <translation>Aucun coffre d’identifiants n’est disponible (%1). Les mots de passe et les clés sont conservés pour cette session uniquement et seront redemandés la prochaine fois ; rien n’est écrit sur le disque.</translation>
    </message>
    <message>
        <source>No credential store: passwords and keys are kept until the panel closes.</source>
        <translation>Pas de coffre d’identifiants : les mots de passe et les clés sont conservés jusqu’à la fermeture du panneau.</translation>
    </message>
    <message>
        <source>The saved passwords could not be read: %1</source>
        <translation>Les mots de passe enregistrés n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Environment saved.</source>
        <translation>Environnement enregistré.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Nouvel environnement</translation>
    </message>
    <message>
        <source>Welcome. Where does your data stack run? The defaults are those of a stack on this computer; Detect looks for it.</source>
        <translation>Bienvenue. Où s’exécute votre pile de données ? Les valeurs par défaut correspondent à une pile sur cet ordinateur ; le bouton Détecter permet de la trouver.</translation>
    </message>
    <message>
        <source>Duplicate environment</source>
        <translation>Dupliquer l’environnement</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Environment not duplicated</source>
        <translation>Environnement non dupliqué</translation>
    </message>
    <message>
        <source>Rename environment</source>
        <translation>Renommer l’environnement</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Environment not renamed</source>
        <translation>Environnement non renommé</translation>
    </message>
    <message>
        <source>Delete environment</source>
        <translation>Supprimer l’environnement</translation>
    </message>
    <message>
        <source>Delete the environment “%1” and its passwords from the credential store? This cannot be undone.</source>
        <translation>Supprimer l’environnement « %1 » et ses mots de passe du coffre d’identifiants ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Environment deleted, but not all of its passwords</source>
        <translation>Environnement supprimé, mais pas tous ses mots de passe</translation>
    </message>
    <message>
        <source>Export environment</source>
        <translation>Exporter l’environnement</translation>
    </message>
    <message>
        <source>Data Stack Panel profiles (*.dsp-profile);;All files (*)</source>
        <translation>Profils Data Stack Panel (*.dsp-profile);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Environment not exported</source>
        <translation>Environnement non exporté</translation>
    </message>
    <message>
        <source>Exported to %1, without any password or key.</source>
        <translation>Exporté vers %1, sans aucun mot de passe ni aucune clé.</translation>
    </message>
    <message>
        <source>Import environment</source>
        <translation>Importer un environnement</translation>
    </message>
    <message>
        <source>Data Stack Panel profiles (*.dsp-profile *.ini);;All files (*)</source>
        <translation>Profils Data Stack Panel (*.dsp-profile *.ini);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Environment not imported</source>
        <translation>Environnement non importé</translation>
    </message>
    <message>
        <source>Check the imported environment, then save it.</source>
        <translation>Vérifiez l’environnement importé, puis enregistrez-le.</translation>
    </message>
    <message>
        <source>An exported environment carries no password or key. Type the ones this environment needs: %1.</source>
        <translation>Un environnement exporté ne contient aucun mot de passe ni aucune clé. Saisissez ceux dont cet environnement a besoin : %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The Settings page has unsaved changes to this environment. Discard them and switch?</source>
        <translation>La page Paramètres contient des modifications non enregistrées de cet environnement. Les abandonner et changer d’environnement ?</translation>
    </message>
    <message>
        <source>The panel was started with --profile FILE</source>
        <translation>Le panneau a été lancé avec --profile FICHIER</translation>
    </message>
    <message>
        <source>Environment not opened</source>
        <translation>Environnement non ouvert</translation>
    </message>
    <message>
        <source>DSP_* environment variables override some passwords or keys of this environment for this run.</source>
        <translation>Des variables d’environnement DSP_* remplacent certains mots de passe ou clés de cet environnement pour cette exécution.</translation>
    </message>
    <message>
        <source>Environment not deleted</source>
        <translation>Environnement non supprimé</translation>
    </message>
    <message>
        <source>Airbyte is not configured</source>
        <translation>Airbyte n&apos;est pas configuré</translation>
    </message>
    <message>
        <source>Set the Airbyte address of this environment in Settings first.</source>
        <translation>Indiquez d&apos;abord l&apos;adresse d&apos;Airbyte de cet environnement dans Paramètres.</translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation>Continuer la surveillance ?</translation>
    </message>
    <message>
        <source>Keep the panel watching syncs and services in the system tray when its window is closed? It notifies you when a sync fails. You can change this in Settings.</source>
        <translation>Garder le panneau dans la zone de notification pour surveiller les synchronisations et les services quand sa fenêtre est fermée ? Il vous prévient quand une synchronisation échoue. Vous pourrez changer ce choix dans les Paramètres.</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Surveiller depuis la zone de notification</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Job %1&apos;s log is in the bucket.</source>
        <translation>Le journal de la tâche %1 est dans le bucket.</translation>
    </message>
</context>
<context>
    <name>Dsp::NumberEditor</name>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Au moins %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Au plus %1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
</context>
<context>
    <name>Dsp::ObjectEditor</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message numerus="yes">
        <source>Optional fields (%n)</source>
        <translation>
            <numerusform>Champ facultatif (%n)</numerusform>
            <numerusform>Champs facultatifs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dsp::ProbeTester</name>
    <message>
        <source>no service %1</source>
        <translation>aucun service %1</translation>
    </message>
</context>
<context>
    <name>Dsp::RawJsonEditor</name>
    <message>
        <source>A JSON value</source>
        <translation>Une valeur JSON</translation>
    </message>
    <message>
        <source>This setting is edited as JSON: the panel has no form for it.</source>
        <translation>Ce paramètre se modifie en JSON : le panneau n’a pas de formulaire pour lui.</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>n’est pas du JSON valide</translation>
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
    <message>
        <source>bucket %1 holds more than %2 entries under &quot;%3&quot;: listing stopped there</source>
        <translation>le bucket %1 contient plus de %2 entrées sous « %3 » : liste arrêtée là</translation>
    </message>
    <message>
        <source>the S3 server cut a listing of bucket %1 short without saying where to go on</source>
        <translation>le serveur S3 a interrompu une liste du bucket %1 sans dire où la reprendre</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 does not exist in bucket %2</source>
        <translation>%1 n’existe pas dans le bucket %2</translation>
    </message>
    <message>
        <source>the S3 server answered another part of %1/%2 than asked</source>
        <translation>le serveur S3 a renvoyé une autre partie de %1/%2 que celle demandée</translation>
    </message>
</context>
<context>
    <name>Dsp::ScalarListEditor</name>
    <message>
        <source>One entry per line</source>
        <translation>Une entrée par ligne</translation>
    </message>
    <message>
        <source>One entry per line, e.g. %1</source>
        <translation>Une entrée par ligne, par exemple %1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
</context>
<context>
    <name>Dsp::SecretLineEdit</name>
    <message>
        <source>Show the text</source>
        <translation>Afficher le texte</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Masquer le texte</translation>
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
    <name>Dsp::Settings</name>
    <message>
        <source>could not write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>no profile %1</source>
        <translation>aucun profil %1</translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>this profile was opened from a file; delete the file itself</source>
        <translation>ce profil a été ouvert depuis un fichier ; supprimez le fichier lui-même</translation>
    </message>
    <message>
        <source>could not delete %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 est illisible</translation>
    </message>
    <message>
        <source>%1 is not a Data Stack Panel profile</source>
        <translation>%1 n’est pas un profil Data Stack Panel</translation>
    </message>
    <message>
        <source>up</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>answers (%1)</source>
        <translation>répond (%1)</translation>
    </message>
    <message>
        <source>docker-compose behind the %1 proxy with basic auth (user and password from Airbyte&apos;s .env)</source>
        <translation>docker-compose derrière le proxy %1 avec authentification basic (utilisateur et mot de passe du .env d’Airbyte)</translation>
    </message>
    <message>
        <source>docker-compose %1 through the %2 proxy</source>
        <translation>docker-compose %1 via le proxy %2</translation>
    </message>
    <message>
        <source>abctl 1.x%1: everything under %2/api; paste the output of abctl local credentials for the client id and secret</source>
        <translation>abctl 1.x%1 : tout sous %2/api ; collez la sortie de la commande abctl local credentials pour l’identifiant client et le secret</translation>
    </message>
    <message>
        <source>on :%1, %2</source>
        <translation>sur :%1, %2</translation>
    </message>
    <message>
        <source>nothing answers on :%1</source>
        <translation>rien ne répond sur :%1</translation>
    </message>
    <message>
        <source>docker-compose: API on :%1, with basic auth</source>
        <translation>docker-compose : API sur :%1, avec authentification basic</translation>
    </message>
    <message>
        <source>docker-compose: API on :%1</source>
        <translation>docker-compose : API sur :%1</translation>
    </message>
    <message>
        <source>nothing answers on :%1 or :%2</source>
        <translation>rien ne répond sur :%1 ni sur :%2</translation>
    </message>
    <message>
        <source>Cannot open the environment: %1</source>
        <translation>Impossible d’ouvrir l’environnement : %1</translation>
    </message>
    <message>
        <source>the credential store did not give back a saved secret (%1): is it locked?</source>
        <translation>le coffre d’identifiants n’a pas rendu un secret enregistré (%1) : est-il verrouillé ?</translation>
    </message>
    <message>
        <source>the panel was started with one profile file (%1): start it without --profile to add environments</source>
        <translation>le panneau a été lancé avec un seul fichier de profil (%1) : lancez-le sans --profile pour ajouter des environnements</translation>
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
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>When a sync fails</source>
        <translation>Quand une synchronisation échoue</translation>
    </message>
    <message>
        <source>When a sync succeeds</source>
        <translation>Quand une synchronisation réussit</translation>
    </message>
    <message>
        <source>When a service goes down or comes back</source>
        <translation>Quand un service tombe ou revient</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Surveiller depuis la zone de notification</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Prévenir :</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Fermeture de la fenêtre :</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits the panel.</source>
        <translation>Ce bureau n’a pas de zone de notification : fermer la fenêtre quitte le panneau.</translation>
    </message>
    <message>
        <source>Archive each finished job&apos;s log to the log bucket</source>
        <translation>Archiver le journal de chaque tâche terminée dans le bucket des journaux</translation>
    </message>
    <message>
        <source>For docker-compose and abctl installs, whose Airbyte never writes job logs there: job-&lt;id&gt;/attempt-&lt;n&gt;/logs.log and metadata.json, each attempt once, while the panel runs</source>
        <translation>Pour les installations docker-compose et abctl, dont l’Airbyte n’y écrit jamais les journaux de tâches : job-&lt;id&gt;/attempt-&lt;n&gt;/logs.log et metadata.json, une fois par tentative, tant que le panneau tourne</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux :</translation>
    </message>
</context>
<context>
    <name>Dsp::StoredLogDialog</name>
    <message>
        <source>Airbyte&apos;s log and the archive</source>
        <translation>journal d’Airbyte et archive</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>Airbyte&apos;s log</source>
        <translation>journal d’Airbyte</translation>
    </message>
    <message>
        <source>Open a Stored Job Log</source>
        <translation>Ouvrir un journal de tâche stocké</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Reading the jobs…</source>
        <translation>Lecture des tâches…</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation>Tâche %1 · %2</translation>
    </message>
    <message>
        <source>No job log is stored here yet.</source>
        <translation>Aucun journal de tâche n’est encore stocké ici.</translation>
    </message>
    <message>
        <source>Attempt %1 · %2</source>
        <translation>Tentative %1 · %2</translation>
    </message>
</context>
<context>
    <name>Dsp::StreamsModel</name>
    <message>
        <source>%1 (source-defined)</source>
        <translation>%1 (défini par la source)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(à choisir)</translation>
    </message>
    <message>
        <source>Sync mode not available</source>
        <translation>Mode de synchronisation indisponible</translation>
    </message>
    <message>
        <source>Needs a cursor</source>
        <translation>Curseur à choisir</translation>
    </message>
    <message>
        <source>Needs a primary key</source>
        <translation>Clé primaire à choisir</translation>
    </message>
    <message>
        <source>Cursor field not selected</source>
        <translation>Champ curseur non sélectionné</translation>
    </message>
    <message>
        <source>Key field not selected</source>
        <translation>Champ de clé non sélectionné</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Mode de synchronisation</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>Dsp::SyncChart</name>
    <message>
        <source>No progress reading yet</source>
        <translation>Pas encore de relevé d’avancement</translation>
    </message>
    <message>
        <source>No syncs yet</source>
        <translation>Aucune synchronisation pour l’instant</translation>
    </message>
    <message>
        <source>Records read (area) and committed (dashed line) since the sync started</source>
        <translation>Enregistrements lus (aire) et validés (ligne pointillée) depuis le début de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>Records (bars) and duration (dots) of the last %n sync(s)</source>
        <translation>
            <numerusform>Enregistrements (barres) et durée (points) de la dernière synchronisation</numerusform>
            <numerusform>Enregistrements (barres) et durée (points) des %n dernières synchronisations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The period of the last-syncs chart: 01/05/2024 – 30/05/2024</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Dsp::TextEditor</name>
    <message>
        <source>Show the text</source>
        <translation>Afficher le texte</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Pick a date and time</source>
        <translation>Choisir une date et une heure</translation>
    </message>
    <message>
        <source>Saved on the server; type to replace it</source>
        <translation>Enregistré sur le serveur ; saisissez une valeur pour le remplacer</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Masquer le texte</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
</context>
<context>
    <name>Dsp::TrayNotifier</name>
    <message>
        <source>Open Data Stack Panel</source>
        <translation>Ouvrir Data Stack Panel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Data Stack Panel</source>
        <translation>Data Stack Panel</translation>
    </message>
    <message>
        <source>Data Stack Panel: %1</source>
        <translation>Data Stack Panel : %1</translation>
    </message>
</context>
<context>
    <name>Dsp::WorkspaceChoice</name>
    <message>
        <source>Could not reach Airbyte: %1</source>
        <translation>Impossible de joindre Airbyte : %1</translation>
    </message>
    <message>
        <source>This Airbyte has several workspaces: choose one.</source>
        <translation>Cet Airbyte a plusieurs espaces de travail : choisissez-en un.</translation>
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
    <message>
        <source>no environment named %1: none is set up</source>
        <translation>aucun environnement nommé %1 : aucun n’est configuré</translation>
    </message>
    <message>
        <source>no environment named %1 (there are: %2)</source>
        <translation>aucun environnement nommé %1 (environnements existants : %2)</translation>
    </message>
    <message>
        <source>Use the environment called &lt;name&gt;, or the profile in &lt;file&gt;, for this run.</source>
        <translation>Utiliser l’environnement nommé &lt;name&gt;, ou le profil du fichier &lt;file&gt;, pour cette exécution.</translation>
    </message>
    <message>
        <source>no environment is set up yet: open the panel to set one up, or pass --profile FILE</source>
        <translation>aucun environnement n’est encore configuré : ouvrez le panneau pour en configurer un, ou indiquez --profile FILE</translation>
    </message>
    <message>
        <source>A log file to open on the Logs page.</source>
        <translation>Un fichier journal à ouvrir sur la page Journaux.</translation>
    </message>
</context>
</TS>
