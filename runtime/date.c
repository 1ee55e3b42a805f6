/* date.c: local time for java.util.Date and Calendar (lib/java/util/),
 * in the default zone as the JVM reads TZ: unset or empty, /etc/localtime;
 * a custom ID GMT+h, GMT-hh:mm, GMT+hhmm (hours to 23), that fixed offset
 * named GMT+hh:mm; a tz database name (a file under /usr/share/zoneinfo, a
 * leading ':' allowed), that zone, through the C library; anything else
 * (a POSIX rule such as UTC0), GMT.  A numeric tz database abbreviation
 * (-03 of Etc/GMT+3) is shown as GMT-03:00, as the JVM shows the zones it
 * has no name for. */
#include <ctype.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "internal.h"

static int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

/* The default zone when it is no tz database zone: a fixed offset */
static struct {
    bool fixed;
    int32_t offset;   /* seconds east of UTC */
    char name[16];    /* GMT or GMT+hh:mm */
} fixed_zone;
static pthread_once_t zone_once = PTHREAD_ONCE_INIT;

static bool is_zone_file(const char *id) {
    if (id[0] == '/' || strstr(id, "..")) return false;
    struct stat st;
    char path[512];
    snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", id);
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* GMT+hh:mm for an offset in seconds (its sign: a zero one's too) */
static void custom_name(char *out, size_t n, char sign, int32_t offset) {
    int32_t a = offset < 0 ? -offset : offset;
    snprintf(out, n, "GMT%c%02d:%02d", sign, a / 3600, a / 60 % 60);
}

/* GMT+h, GMT+hh, GMT+hhmm, GMT+h:mm, GMT+hh:mm (or -): the offset in
 * seconds, and the JVM's name of it into fixed_zone.name */
static bool parse_custom(const char *id, int32_t *offset) {
    if (strncmp(id, "GMT", 3) || (id[3] != '+' && id[3] != '-')) return false;
    const char *p = id + 4;
    int digits = 0, hours = 0, minutes = 0;
    while (isdigit((unsigned char)p[digits])) digits++;
    if (digits == 0 || digits > 4) return false;
    if (p[digits] == ':') {
        if (digits > 2 || !isdigit((unsigned char)p[digits + 1]) || !isdigit((unsigned char)p[digits + 2]) || p[digits + 3])
            return false;
        hours = atoi(p);
        minutes = atoi(p + digits + 1);
    } else if (p[digits]) {
        return false;
    } else if (digits <= 2) {
        hours = atoi(p);
    } else {
        hours = atoi(p) / 100;
        minutes = atoi(p) % 100;
    }
    if (hours > 23 || minutes > 59) return false;
    *offset = (id[3] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    custom_name(fixed_zone.name, sizeof fixed_zone.name, id[3], *offset);
    return true;
}

static void read_tz(void) {
    const char *tz = getenv("TZ");
    if (!tz || !*tz) return;
    if (*tz == ':') tz++;
    if (!parse_custom(tz, &fixed_zone.offset)) {
        if (is_zone_file(tz)) return;
        strcpy(fixed_zone.name, "GMT");
    }
    fixed_zone.fixed = true;
}

/* The JVM's zone data starts in 1900 (its tz database compiler keeps no
 * transition before 1900-01-01T00:00Z): an earlier instant has the
 * offset, daylight saving and name in effect then (EST for New York, not
 * the local mean time the tz database has before 1883). */
enum { UTC_1900 = -2208988800 };

static const char *local_time(time_t t, struct tm *tm, char *name, size_t n);

/* The zone's offset (seconds east), daylight saving and name at 1900-01-01T00:00Z */
static const char *zone_in_1900(long *offset, int *isdst, char *name, size_t n) {
    struct tm tm;
    const char *zone = local_time(UTC_1900, &tm, name, n);
    *offset = tm.tm_gmtoff;
    *isdst = tm.tm_isdst;
    return zone;
}

/* The local time of t and the zone's name then (a numeric one as GMT+hh:mm) */
static const char *local_time(time_t t, struct tm *tm, char *name, size_t n) {
    pthread_once(&zone_once, read_tz);
    if (fixed_zone.fixed) {
        t += fixed_zone.offset;
        if (!gmtime_r(&t, tm)) lime_throw("IllegalArgumentException", "time out of the C library's range");
        tm->tm_gmtoff = fixed_zone.offset;
        tm->tm_isdst = 0;
        return fixed_zone.name;
    }
    tzset(); /* (sets timezone, which localtime_r need not) */
    if (t < UTC_1900) {
        long offset;
        int isdst;
        const char *zone = zone_in_1900(&offset, &isdst, name, n);
        time_t local = t + offset;
        if (!gmtime_r(&local, tm)) lime_throw("IllegalArgumentException", "time out of the C library's range");
        tm->tm_gmtoff = offset;
        tm->tm_isdst = isdst;
        return zone;
    }
    if (!localtime_r(&t, tm)) lime_throw("IllegalArgumentException", "time out of the C library's range");
    const char *zone = tm->tm_zone ? tm->tm_zone : "GMT";
    if (zone[0] != '+' && zone[0] != '-') return zone;
    custom_name(name, n, tm->tm_gmtoff < 0 ? '-' : '+', (int32_t)tm->tm_gmtoff);
    return name;
}

/* Date.localFields(millis, f): f[0..9] = year, month 0-11, day of month,
 * hour, minute, second, day of week (0 Sunday), day of year (0 for
 * January 1st), the zone's standard offset and its daylight saving then
 * (milliseconds; the standard offset of a time in daylight saving is the
 * zone's present one); returns the zone's abbreviation */
LimeString *lime_native_java_util_Date_localFields(int64_t millis, LimeArray *f) {
    struct tm tm;
    char buf[16];
    const char *zone = local_time((time_t)floor_div(millis, 1000), &tm, buf, sizeof buf);
    int32_t raw = tm.tm_isdst > 0 ? (int32_t)-timezone * 1000 : (int32_t)tm.tm_gmtoff * 1000;
    int32_t values[10] = {tm.tm_year + 1900, tm.tm_mon,  tm.tm_mday, tm.tm_hour, tm.tm_min,
                          tm.tm_sec,         tm.tm_wday, tm.tm_yday, raw,        (int32_t)tm.tm_gmtoff * 1000 - raw};
    memcpy((char *)f + LIME_ARRAY_DATA_OFFSET, values, sizeof values);
    return lime_string_from_utf8(zone, (int64_t)strlen(zone));
}

/* Date.localMillis(year, month, ...): the instant of that local time
 * (fields out of range carry over; the C library picks standard or
 * daylight time) */
int64_t lime_native_java_util_Date_localMillis(int32_t year, int32_t month, int32_t date, int32_t hrs, int32_t min,
                                               int32_t sec) {
    struct tm tm = {.tm_year = year - 1900, .tm_mon = month, .tm_mday = date,
                    .tm_hour = hrs, .tm_min = min, .tm_sec = sec, .tm_isdst = -1};
    pthread_once(&zone_once, read_tz);
    if (fixed_zone.fixed) return ((int64_t)timegm(&tm) - fixed_zone.offset) * 1000;
    struct tm copy = tm;
    int64_t t = (int64_t)mktime(&tm);
    if (t < UTC_1900 + 86400) { /* (near or before 1900: the zone as in 1900, local_time) */
        long offset;
        int isdst;
        char name[16];
        zone_in_1900(&offset, &isdst, name, sizeof name);
        int64_t u = (int64_t)timegm(&copy) - offset;
        if (u < UTC_1900) return u * 1000;
    }
    return t * 1000;
}
