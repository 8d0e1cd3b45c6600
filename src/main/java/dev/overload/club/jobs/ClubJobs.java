package dev.overload.club.jobs;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import dev.overload.club.domain.MembershipEnds;
import dev.overload.notifications.Emails;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The club's durable jobs on db-scheduler: the daily membership job (ended memberships made INACTIVE, a notice
 * 7 days before the end), at 00:10 UTC on one instance; and the notices' emails through the outbox.
 */
@Configuration(proxyBeanMethods = false)
class ClubJobs {

    @Bean
    RecurringTask<Void> membershipEndsTask(MembershipEnds memberships) {
        return Tasks.recurring("club-membership-ends", new Daily(ZoneOffset.UTC, LocalTime.of(0, 10)))
                .execute((instance, context) -> memberships.run());
    }

    @Bean
    OneTimeTask<Void> membershipNoticeEmailTask(Emails emails) {
        return emails.job(MembershipEnds.EMAIL_KIND);
    }
}
