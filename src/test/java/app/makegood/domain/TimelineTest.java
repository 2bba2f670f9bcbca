package app.makegood.domain;

import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimelineTest {
    private static final Instant T = Instant.parse("2026-11-14T12:00:00Z");

    @Test
    void eventsComeOldestFirstWithTiesInStoryOrder() {
        Incident i = new Incident("x", "Late cakes", null, null, null, Optional.of(T), Optional.of(T),
                Discoverer.CUSTOMER, Optional.of(T.plusSeconds(3600)), "", "", "",
                List.of(new StatusUpdate("u2", T.plusSeconds(7200), "Refund sent.", true),
                        new StatusUpdate("u1", T.plusSeconds(1800), "Van on its way.", false)),
                List.of(), "", List.of(), List.of(new CorrectiveAction("a", "Standby van booked", "", null,
                        ActionStatus.DONE, "", List.of(), Optional.of(LocalDate.of(2026, 11, 15)), "")), null, T, null);
        assertEquals(List.of("It happened", "A customer told us", "Update written (not sent): Van on its way.",
                "Customers were first told", "Update sent: Refund sent.", "Done: Standby van booked"),
                Timeline.of(i, List.of(), ZoneOffset.UTC).events().stream().map(Timeline.Entry::what).toList());
    }

    @Test
    void lettersTakeTheirPlaceInTheStory() {
        Incident i = Incident.blank(T);
        List<LetterRecord> letters = List.of(
                new LetterRecord("l2", "x", "c", "", LetterKind.FOLLOW_UP, LetterFormat.MAIL, "z@example.com", T.plusSeconds(60)),
                new LetterRecord("l1", "x", "c", "Zoë", LetterKind.APOLOGY, LetterFormat.PDF, "/tmp/a.pdf", T.minusSeconds(60)),
                new LetterRecord("l3", "x", "c", "Zoë", LetterKind.STATUS_UPDATE, LetterFormat.EML, "/tmp/a.eml", T));
        assertEquals(List.of("Apology for Zoë saved as PDF", "We discovered it",
                        "Status update for Zoë saved as an email draft", "Follow-up letter emailed to a customer"),
                Timeline.of(i, letters, ZoneOffset.UTC).events().stream().map(Timeline.Entry::what).toList());
    }

    @Test
    void theFirstNoticeSaysHowCustomersWereTold() {
        Incident told = Incident.blank(T).withFirstNotice(new FirstNotice(Optional.empty(), Optional.empty(),
                IncidentStatus.OPEN).after(FirstNotice.told(T.plusSeconds(60), NoticeChannel.IN_PERSON)));
        assertEquals("Customers were first told in person",
                Timeline.of(told, List.of(), ZoneOffset.UTC).events().get(1).what());
    }

    @Test
    void anUnfinishedIncidentHasAShortTimeline() {
        assertEquals(1, Timeline.of(Incident.blank(T), List.of(), ZoneOffset.UTC).events().size(), "only the discovery, stamped when it was opened");
    }

    @Test
    void aDoneDateComesAfterEverythingElseThatDayAndHasNoTime() {
        Incident i = SampleIncidents.edit(Incident.blank(T), e -> {
            e.happenedAt = Optional.of(Instant.parse("2026-11-14T22:30:00Z")); // 23:30 in Berlin, the same day
            e.actions = List.of(new CorrectiveAction("a", "Standby van booked", "", null, ActionStatus.DONE, "",
                    List.of(), Optional.of(LocalDate.of(2026, 11, 14)), ""));
            e.milestones = new Milestones(null, null, null, Optional.of(ZoneId.of("Europe/Berlin")));
        });
        Timeline story = Timeline.of(i, List.of(), ZoneOffset.UTC);
        assertEquals(List.of("We discovered it", "It happened", "Done: Standby van booked"),
                story.events().stream().map(Timeline.Entry::what).toList());
        assertEquals("14 Nov 2026", story.when(story.events().get(2), Locale.UK));
    }

    @Test
    void timesPrintInTheZoneTheyWereRecordedInWithTheZoneNamedAndEstimatesSaySo() {
        Incident i = Incident.blank(T).withMilestones(new Milestones(Optional.of(T.plusSeconds(3600)), null,
                Set.of(Moment.DISCOVERED), Optional.of(ZoneId.of("Europe/Berlin"))));
        Timeline story = Timeline.of(i, List.of(), ZoneOffset.UTC);
        assertEquals(List.of("about 14 Nov 2026, 13:00 CET", "14 Nov 2026, 14:00 CET"),
                story.events().stream().map(e -> story.when(e, Locale.UK)).toList());
        assertEquals("Service restored", story.events().get(1).what());
        assertEquals("14 Nov 2026, 12:00 UTC", Timeline.of(Incident.blank(T), List.of(), ZoneOffset.UTC)
                .when(T, Locale.UK), "an incident without a recorded zone prints in the given one, named");
    }

    @Test
    void lettersSavedAfterTheIncidentWasResolvedAreRecordsMadeLater() {
        Instant resolved = T.plusSeconds(3600);
        Incident i = Incident.blank(T).withMilestones(new Milestones(null, Optional.of(resolved), null, null));
        List<LetterRecord> letters = List.of(
                new LetterRecord("l1", "x", "c", "Zoë", LetterKind.APOLOGY, LetterFormat.PDF, "/tmp/a.pdf", T.plusSeconds(60)),
                new LetterRecord("l2", "x", "c", "Zoë", LetterKind.FOLLOW_UP, LetterFormat.MAIL, "z@example.com",
                        resolved.plusSeconds(60)),
                new LetterRecord("l3", "x", "c", "Zoë", LetterKind.APOLOGY, LetterFormat.PDF, "/tmp/b.pdf",
                        resolved.plusSeconds(86_400L * 700)));
        Timeline story = Timeline.of(i, letters, ZoneOffset.UTC);
        assertEquals(List.of("We discovered it", "Apology for Zoë saved as PDF", "Resolved",
                        "Follow-up letter emailed to Zoë"),
                story.events().stream().map(Timeline.Entry::what).toList(), "a mail sent is still part of the story");
        assertEquals(List.of("Apology for Zoë saved as PDF"), story.later().stream().map(Timeline.Entry::what).toList());
        assertEquals(List.of(), Timeline.of(Incident.blank(T), letters, ZoneOffset.UTC).later(),
                "nothing is later while the incident is not resolved");
    }
}
