/**
 * Children's casework in the staff workspace: the list of the children a person may see, searched
 * and paged, and each child's record with their Personal Education Plans. Who may see a child is
 * {@link org.caseworkportal.people.ChildAccessPolicy}'s one rule; who may see a PEP is
 * {@link org.caseworkportal.pep.PepAccess}'s.
 */
package org.caseworkportal.children;
