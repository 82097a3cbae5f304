# Sourced by the scripts that run Maven, so that their logs are plain text. Batch mode and style.color=never keep
# colours off; Maven's console library still writes a colour reset ("[0m") when it exits unless jansi.noreset is set,
# and that must be a JVM property (MAVEN_OPTS), as a -D on the mvn command line comes too late.
export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-Djansi.noreset=true"
plain_maven=(mvn -B -ntp -Dstyle.color=never)
