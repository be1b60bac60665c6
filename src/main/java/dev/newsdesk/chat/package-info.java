/**
 * The chat: conversations (recent turns, follow-up questions made standalone) and the HTTP API,
 * plain JSON and Server-Sent Events. Every front end (widget, Slack) asks through {@link
 * dev.newsdesk.chat.NewsChat}.
 */
package dev.newsdesk.chat;
