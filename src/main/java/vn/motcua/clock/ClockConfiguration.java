package vn.motcua.clock;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the office time zone (docs/api.md: Asia/Ho_Chi_Minh unless configured). */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${motcua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return new EngineClock(ZoneId.of(zone));
    }
}
