/* date.c: local time for java.util.Date (lib/java/util/Date.java), through
 * the C library: the zone is TZ's, else /etc/localtime's, as the JVM's. */
#include <string.h>
#include <time.h>

#include "internal.h"

static int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

/* Date.localFields(millis, f): f[0..9] = year, month 0-11, day of month,
 * hour, minute, second, day of week (0 Sunday), day of year (0 for
 * January 1st), the zone's standard offset and its daylight saving then
 * (milliseconds; the standard offset of a time in daylight saving is the
 * zone's present one); returns the zone's abbreviation */
LimeString *lime_native_java_util_Date_localFields(int64_t millis, LimeArray *f) {
    time_t t = (time_t)floor_div(millis, 1000);
    struct tm tm;
    tzset(); /* (sets timezone, which localtime_r need not) */
    if (!localtime_r(&t, &tm)) lime_throw("IllegalArgumentException", "time out of the C library's range");
    int32_t raw = tm.tm_isdst > 0 ? (int32_t)-timezone * 1000 : (int32_t)tm.tm_gmtoff * 1000;
    int32_t values[10] = {tm.tm_year + 1900, tm.tm_mon,  tm.tm_mday, tm.tm_hour, tm.tm_min,
                          tm.tm_sec,         tm.tm_wday, tm.tm_yday, raw,        (int32_t)tm.tm_gmtoff * 1000 - raw};
    memcpy((char *)f + LIME_ARRAY_DATA_OFFSET, values, sizeof values);
    const char *zone = tm.tm_zone ? tm.tm_zone : "GMT";
    return lime_string_from_utf8(zone, (int64_t)strlen(zone));
}

/* Date.localMillis(year, month, ...): the instant of that local time
 * (mktime normalises fields out of range, and picks standard or daylight
 * time itself) */
int64_t lime_native_java_util_Date_localMillis(int32_t year, int32_t month, int32_t date, int32_t hrs, int32_t min,
                                               int32_t sec) {
    struct tm tm = {.tm_year = year - 1900, .tm_mon = month, .tm_mday = date,
                    .tm_hour = hrs, .tm_min = min, .tm_sec = sec, .tm_isdst = -1};
    return (int64_t)mktime(&tm) * 1000;
}
