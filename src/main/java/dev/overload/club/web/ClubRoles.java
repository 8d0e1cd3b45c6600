package dev.overload.club.web;

/** The club's role rules, as its endpoints document their 403s. */
final class ClubRoles {

    static final String WRITERS = "The client themselves: administrators and the client's trainer write";
    static final String READERS = "The caller is neither an administrator nor a trainer";

    private ClubRoles() {
    }
}
