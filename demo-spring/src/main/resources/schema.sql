-- Spring Security's JdbcUserDetailsManager tables and the demo's own, in SQL most databases run.
create table if not exists users(username varchar(200) not null primary key, password varchar(500) not null, enabled boolean not null);
create table if not exists authorities(username varchar(200) not null, authority varchar(50) not null, constraint fk_authorities_users foreign key(username) references users(username));
create unique index if not exists ix_auth_username on authorities (username, authority);
create table if not exists organization(id varchar(300) primary key, name varchar(300) not null);
create table if not exists member(organization_id varchar(300) not null, username varchar(200) not null, role varchar(32) not null, primary key (organization_id, username));
create table if not exists outbox(id varchar(300) primary key, recipient varchar(200) not null, message varchar(64) not null, created_by varchar(200) not null);
