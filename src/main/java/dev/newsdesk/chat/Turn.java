package dev.newsdesk.chat;

/** One exchange of a conversation. */
public record Turn(String asked, String standalone, String answer) {}
