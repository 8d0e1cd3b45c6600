package dev.overload.identity.jobs;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.overload.identity.domain.AiSuggestionQuota;
import dev.overload.identity.domain.ExpiredTokens;
import dev.overload.identity.domain.IdentityProperties;
import java.time.ZoneOffset;
import dev.overload.identity.domain.EmailChangeNotices;
import dev.overload.identity.domain.ExpiredTokens;
import dev.overload.identity.domain.Invitations;
import dev.overload.identity.domain.PasswordResets;
import dev.overload.notifications.Emails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's durable jobs: expired tokens purged hourly, on one instance at a time; password-reset, email-changed and invitation emails. */
@Configuration(proxyBeanMethods = false)
class IdentityJobs {

    @Bean
    RecurringTask<Void> expiredTokensTask(ExpiredTokens tokens) {
        return Tasks.recurring("purge-expired-tokens", FixedDelay.ofHours(1))
                .execute((instance, context) -> tokens.purge());
    }

    /** The monthly (by default) top-up of AI suggestions; runs and changes nothing while turned off. */
    @Bean
    RecurringTask<Void> aiSuggestionRefillTask(IdentityProperties properties, AiSuggestionQuota quota) {
        return Tasks.recurring("refill-ai-suggestions",
                Schedules.cron(properties.aiSuggestionRefill().cron(), ZoneOffset.UTC))
                .execute((instance, context) -> quota.refill());
    }

    @Bean
    OneTimeTask<Void> passwordResetEmailTask(Emails emails) {
        return emails.job(PasswordResets.EMAIL_KIND);
    }

    @Bean
    OneTimeTask<Void> invitationEmailTask(Emails emails) {
        return emails.job(Invitations.EMAIL_KIND);
    }

    @Bean
    OneTimeTask<Void> emailChangedEmailTask(Emails emails) {
        return emails.job(EmailChangeNotices.EMAIL_KIND);
    }
}
