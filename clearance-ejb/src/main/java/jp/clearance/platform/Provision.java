package jp.clearance.platform;

import java.io.Serializable;

/**
 * A provision of one of the two Acts, as an argument of a message: the Act's code ({@code SDS_2013}, {@code CESI_2024})
 * and the article as the reference data writes it ({@code Art 23(1)}). Both Acts have an Art 23(1), so a message never
 * names the article alone; the web layer writes the Act's name and the article in the reader's language.
 */
public record Provision(String act, String article) implements Serializable {
    @Override
    public String toString() {
        return act + " " + article;
    }
}
